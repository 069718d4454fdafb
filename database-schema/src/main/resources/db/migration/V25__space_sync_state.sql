-- The last run of each configured Confluence space, whichever instance ran it (GET /v1/spaces answers the same
-- everywhere). Its pages and attachments are stamped beside folders' files (folder_file; their sources start with the
-- space's name), each one's version its content id and version number.
CREATE TABLE space_run (
    space text  PRIMARY KEY,
    run   jsonb NOT NULL
);
