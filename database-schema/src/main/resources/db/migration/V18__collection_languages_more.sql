-- More languages for a collection's BM25 analysis: Czech, Hungarian, Romanian, Turkish, Greek, Arabic, Hindi, and CJK
-- (Chinese, Japanese, Korean as overlapping character pairs).
ALTER TABLE collection DROP CONSTRAINT collection_language_check;
ALTER TABLE collection ADD CONSTRAINT collection_language_check CHECK (language IN ('english', 'standard', 'german',
    'french', 'spanish', 'italian', 'portuguese', 'dutch', 'swedish', 'danish', 'norwegian', 'finnish', 'russian',
    'czech', 'hungarian', 'romanian', 'turkish', 'greek', 'arabic', 'hindi', 'cjk', 'auto'));
