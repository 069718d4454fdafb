-- The last run of each configured Google Drive folder, whichever instance ran it (GET /v1/gdrives answers the same
-- everywhere). Its files are stamped beside folders' files (folder_file; their sources start with the drive's name),
-- each file's version its MD5 checksum or, for a Google document, its version number.
CREATE TABLE gdrive_run (
    gdrive text  PRIMARY KEY,
    run    jsonb NOT NULL
);
