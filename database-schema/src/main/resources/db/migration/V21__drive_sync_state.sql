-- The last run of each configured drive (SharePoint, OneDrive), whichever instance ran it (GET /v1/drives answers the
-- same everywhere). Its files are stamped beside folders' files (folder_file; their sources start with the drive's
-- name), each file's version its content tag.
CREATE TABLE drive_run (
    drive text  PRIMARY KEY,
    run   jsonb NOT NULL
);
