-- The language of a collection's documents, whose BM25 analysis (stop words, stemming) retrieval-service applies to its
-- chunks and to queries on them. NULL: the service's default (rag.retrieval.bm25.analyzer). The names are those of
-- retrieval-service's analyzers.
ALTER TABLE collection ADD COLUMN language text CHECK (language IN ('english', 'standard', 'german', 'french',
    'spanish', 'italian', 'portuguese', 'dutch', 'swedish', 'danish', 'norwegian', 'finnish', 'russian'));
