-- What folder sync remembers, shared by every ingest-service instance and kept across restarts.

-- Each synced file as its bytes were last read: its size and modification time (epoch nanoseconds) and the hash of
-- those bytes. A file still so, whose document (or, for a file whose bytes another document holds, that document)
-- still has the hash, is not read again: after a restart a share costs a stat per file, not a read.
CREATE TABLE folder_file (
    collection_id  bigint NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    source         text   NOT NULL,
    size           bigint NOT NULL,
    modified_nanos bigint NOT NULL,
    content_hash   text   NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    PRIMARY KEY (collection_id, source)
);

-- The last run of each configured folder, whichever instance ran it (GET /v1/folders answers the same everywhere).
CREATE TABLE folder_run (
    folder text  PRIMARY KEY,
    run    jsonb NOT NULL
);
