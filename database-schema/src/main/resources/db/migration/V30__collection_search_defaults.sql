-- A collection's search defaults: the ranking options ({mode, weights, hyde, hydeWeight, rerank, rerankBudgetMs,
-- efSearch, diversity}) retrieval-service applies to a search, ask or RAG chat of the collection that does not set them
-- itself (an OpenAI client cannot); ingest-service checks them when they are set.
ALTER TABLE collection ADD COLUMN search jsonb CHECK (jsonb_typeof(search) = 'object');
