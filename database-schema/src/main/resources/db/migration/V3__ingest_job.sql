-- Asynchronous ingest jobs (POST ...?async=true). A job holds the upload's raw bytes and parameters, so a worker on
-- any instance can run it and a job survives a restart: workers claim QUEUED rows with FOR UPDATE SKIP LOCKED and
-- hold a lease while RUNNING; a RUNNING job whose lease has expired (its worker died) is queued again.
CREATE TABLE ingest_job (
    id                  bigserial PRIMARY KEY,
    collection          text        NOT NULL,
    state               text        NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    content             bytea,                                -- the upload; cleared once the job has finished
    declared_format     text,                                 -- DocumentFormat name the client declared, or NULL
    declared_media_type text,
    filename            text,
    metadata            jsonb       NOT NULL DEFAULT '{}',    -- title, source, url, tags, publishedAt
    chunking            jsonb       NOT NULL DEFAULT '{}',    -- the request's chunking options
    chunks_total        int,
    chunks_embedded     int         NOT NULL DEFAULT 0,
    document_id         bigint,
    result              jsonb,                                -- the upload's response body once SUCCEEDED
    error               jsonb,                                -- an RFC 9457 problem once FAILED
    attempts            int         NOT NULL DEFAULT 0,
    lease_until         timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    started_at          timestamptz,
    finished_at         timestamptz
);

CREATE INDEX ingest_job_queued ON ingest_job (id) WHERE state = 'QUEUED';
CREATE INDEX ingest_job_running ON ingest_job (lease_until) WHERE state = 'RUNNING';
