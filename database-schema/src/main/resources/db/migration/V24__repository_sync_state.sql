-- The last run of each configured Git repository, whichever instance ran it (GET /v1/repositories answers the same
-- everywhere), with the commit it read. Its files are stamped beside folders' files (folder_file; their sources start
-- with the repository's name), each file's version its blob id.
CREATE TABLE repository_run (
    repository text  PRIMARY KEY,
    run        jsonb NOT NULL
);
