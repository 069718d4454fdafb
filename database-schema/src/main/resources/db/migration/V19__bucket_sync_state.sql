-- What bucket sync remembers, shared by every ingest-service instance and kept across restarts.

-- A bucket's objects are stamped beside a folder's files (their sources start with the bucket's name): size, last
-- modification, and the object's ETag as the version, which S3 changes with the bytes even within the second that
-- Last-Modified counts in. A folder's files have none.
ALTER TABLE folder_file ADD COLUMN version text;

-- The last run of each configured bucket, whichever instance ran it (GET /v1/buckets answers the same everywhere).
CREATE TABLE bucket_run (
    bucket text  PRIMARY KEY,
    run    jsonb NOT NULL
);
