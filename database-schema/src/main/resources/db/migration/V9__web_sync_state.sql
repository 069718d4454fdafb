-- What web sync remembers, shared by every ingest-service instance and kept across restarts.

-- Each crawled page (or linked document) as it was last fetched: the validators the server sent (ETag,
-- Last-Modified), the hash of its bytes and, for an HTML page, the links on it. A page whose document (or, for a page
-- whose bytes another document holds, that document) still has the hash is asked for conditionally, and a 304 costs
-- no download: the crawl goes on along the links kept here.
CREATE TABLE web_page (
    collection_id bigint NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    source        text   NOT NULL,
    etag          text,
    last_modified text,
    content_hash  text   NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    links         text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (collection_id, source)
);

-- The last crawl of each configured site, whichever instance ran it.
CREATE TABLE web_run (
    site text  PRIMARY KEY,
    run  jsonb NOT NULL
);
