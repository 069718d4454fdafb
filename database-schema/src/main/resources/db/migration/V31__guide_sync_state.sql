-- The last run of each configured Zendesk help center, whichever instance ran it (GET /v1/guides answers the same
-- everywhere). Its articles are stamped beside folders' files (folder_file; their sources start with the help center's
-- name), each article's version the time Zendesk last updated it.
CREATE TABLE guide_run (
    guide text  PRIMARY KEY,
    run   jsonb NOT NULL
);
