-- Documents by source: an upload under a known source replaces that document (it looks it up first), and sync tools
-- list a collection's documents by source or source prefix (text_pattern_ops serves LIKE 'prefix%' as a range).
CREATE INDEX document_source_idx ON document (collection_id, source text_pattern_ops) WHERE source IS NOT NULL;
