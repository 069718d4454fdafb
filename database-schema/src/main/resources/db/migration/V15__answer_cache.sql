-- generation-service's greedy answers kept by the exact request they answered: retrieval-service's answer cache with
-- rag.retrieval.answer-cache.store=database, shared by every replica (with store=memory each replica keeps its own and
-- this table stays empty). Rows past expires_at are never served; each replica deletes them, and the oldest beyond
-- rag.retrieval.answer-cache.size, once a minute.
CREATE TABLE answer_cache (
    -- SHA-256 of the request as JSON: the question, the passages (ids and text), the conversation, the options
    key        bytea       PRIMARY KEY,
    answer     jsonb       NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE INDEX answer_cache_created_idx ON answer_cache (created_at DESC);
