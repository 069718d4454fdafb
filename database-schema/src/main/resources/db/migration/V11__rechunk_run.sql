-- Re-chunking a whole collection (POST /v1/collections/{name}/rechunk): its documents in id order, each swapped in
-- its own transaction. The run keeps its place (after_id) and is leased to the instance working on it, so a run
-- whose instance stopped is taken up by another, or by the same after its restart, where it stopped.
CREATE TABLE rechunk_run (
    id            bigserial   PRIMARY KEY,
    collection_id bigint      NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    chunking      jsonb       NOT NULL DEFAULT '{}',   -- the request's options over the collection's
    state         text        NOT NULL CHECK (state IN ('RUNNING', 'SUCCEEDED')),
    total         int         NOT NULL,                -- documents when the run started
    done          int         NOT NULL DEFAULT 0,      -- documents re-chunked (or gone meanwhile)
    failures      int         NOT NULL DEFAULT 0,
    failed        jsonb       NOT NULL DEFAULT '[]',   -- [{documentId, detail}], the first 50
    after_id      bigint      NOT NULL DEFAULT 0,      -- every document up to this id is done
    lease_until   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);

-- one run at a time per collection
CREATE UNIQUE INDEX rechunk_run_running ON rechunk_run (collection_id) WHERE state = 'RUNNING';
