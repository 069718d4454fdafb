-- The last run of each configured Azure Blob container, whichever instance ran it (GET /v1/containers answers the
-- same everywhere). Its blobs are stamped beside folders' files (folder_file; their sources start with the
-- container's name), each blob's version its ETag.
CREATE TABLE container_run (
    container text  PRIMARY KEY,
    run       jsonb NOT NULL
);
