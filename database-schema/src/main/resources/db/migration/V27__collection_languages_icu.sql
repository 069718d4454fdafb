-- Lao, Khmer and Burmese for a collection's BM25 analysis: written without spaces between words, broken into words
-- by ICU's dictionaries (retrieval-service's IcuWordsAnalyzer).
ALTER TABLE collection DROP CONSTRAINT collection_language_check;
ALTER TABLE collection ADD CONSTRAINT collection_language_check CHECK (language IN ('english', 'standard', 'german',
    'french', 'spanish', 'italian', 'portuguese', 'dutch', 'swedish', 'danish', 'norwegian', 'finnish', 'russian',
    'czech', 'hungarian', 'romanian', 'turkish', 'greek', 'arabic', 'hindi', 'cjk', 'bulgarian', 'catalan', 'basque',
    'galician', 'irish', 'latvian', 'lithuanian', 'estonian', 'indonesian', 'persian', 'armenian', 'bengali', 'serbian',
    'thai', 'sorani', 'nepali', 'tamil', 'telugu', 'lao', 'khmer', 'burmese', 'auto'));
