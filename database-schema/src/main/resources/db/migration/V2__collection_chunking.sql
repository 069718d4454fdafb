-- Each collection may choose how its documents are chunked: the options as the ingest API takes them,
-- e.g. {"chunker": "parent-child", "chunkTokens": "128", "parentTokens": "1024"}. NULL: the service's default.
ALTER TABLE collection ADD COLUMN chunking jsonb;
