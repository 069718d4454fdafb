-- The answers retrieval-service gave (/v1/ask, /v1/rag/chat/completions) with the feedback users sent on them, so a
-- team can review what was asked, what was answered from which passages, and which answers users found wrong.
-- Purged rag.retrieval.answer-log.retention after they were given; off with rag.retrieval.answer-log.enabled=false.
CREATE TABLE answer_log (
    id           uuid        PRIMARY KEY,
    created_at   timestamptz NOT NULL DEFAULT now(),
    question     text        NOT NULL,
    -- what was searched when it differs from the question (a follow-up made standalone)
    search_query text,
    -- the collections the answer could draw on, sorted; NULL: every collection (a key without a scope asked them all)
    collections  text[],
    answer       text        NOT NULL,
    mode         text        NOT NULL,
    citations    jsonb       NOT NULL,
    streamed     boolean     NOT NULL,
    rating       smallint    CHECK (rating IN (-1, 1)),
    comment      text,
    rated_at     timestamptz,
    CHECK ((rating IS NULL) = (rated_at IS NULL))
);

-- newest first, as the log is read and purged
CREATE INDEX answer_log_created_idx ON answer_log (created_at DESC, id DESC);
CREATE INDEX answer_log_rated_idx ON answer_log (rating, created_at DESC, id DESC) WHERE rating IS NOT NULL;
