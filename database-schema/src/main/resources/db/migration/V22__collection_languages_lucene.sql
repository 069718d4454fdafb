-- Every language Lucene's common analysis module has an analyzer for, for a collection's BM25 analysis: Bulgarian,
-- Catalan, Basque, Galician, Irish, Latvian, Lithuanian, Estonian, Indonesian, Persian, Armenian, Bengali, Serbian,
-- Thai, Sorani Kurdish, Nepali, Tamil and Telugu.
ALTER TABLE collection DROP CONSTRAINT collection_language_check;
ALTER TABLE collection ADD CONSTRAINT collection_language_check CHECK (language IN ('english', 'standard', 'german',
    'french', 'spanish', 'italian', 'portuguese', 'dutch', 'swedish', 'danish', 'norwegian', 'finnish', 'russian',
    'czech', 'hungarian', 'romanian', 'turkish', 'greek', 'arabic', 'hindi', 'cjk', 'bulgarian', 'catalan', 'basque',
    'galician', 'irish', 'latvian', 'lithuanian', 'estonian', 'indonesian', 'persian', 'armenian', 'bengali', 'serbian',
    'thai', 'sorani', 'nepali', 'tamil', 'telugu', 'auto'));
