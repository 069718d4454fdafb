-- A collection's language may be 'auto': ingest-service tells each document's language by its function words and
-- keeps it in document.metadata->>'language', and retrieval-service analyzes each document's chunks in it (the
-- service's default where none could be told).
ALTER TABLE collection DROP CONSTRAINT collection_language_check;
ALTER TABLE collection ADD CONSTRAINT collection_language_check CHECK (language IN ('english', 'standard', 'german',
    'french', 'spanish', 'italian', 'portuguese', 'dutch', 'swedish', 'danish', 'norwegian', 'finnish', 'russian',
    'auto'));
