-- Where the sections and pages of a document's text lie ({"sections": [{path, startOffset, endOffset}], "pages":
-- [{number, startOffset, endOffset}]}), so its chunks can be made again with another chunker and still say which
-- section and pages they come from. NULL for documents stored before: chunked again, their chunks carry neither.
ALTER TABLE document ADD COLUMN structure jsonb;
