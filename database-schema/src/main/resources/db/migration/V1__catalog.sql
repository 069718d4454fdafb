-- The platform's catalogue: collections, their documents, the documents' chunks with their vectors, and the
-- change log that derived indexes (the retrieval-service's Lucene BM25 index) tail to stay in step.
-- Owned by ingest-service, which applies it with Flyway at start-up.

-- pgvector lands in public so that every schema (and every module migrating one) resolves the type.
CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public;

CREATE TABLE collection (
    id          bigserial PRIMARY KEY,
    name        text        NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,62}$'),
    description text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE document (
    id            bigserial PRIMARY KEY,
    collection_id bigint      NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    source        text,
    title         text,
    media_type    text        NOT NULL,
    -- sha-256 of the uploaded bytes, hex: identical bytes in one collection are one document
    content_hash  text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    -- the extracted text that chunk offsets point into
    content       text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('PENDING', 'PROCESSING', 'READY', 'FAILED')),
    metadata      jsonb       NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (collection_id, content_hash)
);

CREATE INDEX document_collection_idx ON document (collection_id);

CREATE TABLE chunk (
    id            bigserial PRIMARY KEY,
    document_id   bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    -- denormalised from document so that filtered vector search needs no join to filter
    collection_id bigint  NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    position      int     NOT NULL CHECK (position >= 0),
    -- parent-child chunking: the small indexed child points at the large context chunk
    parent_id     bigint REFERENCES chunk (id) ON DELETE CASCADE,
    text          text    NOT NULL,
    -- [start_offset, end_offset) in characters of document.content
    start_offset  int     NOT NULL CHECK (start_offset >= 0),
    end_offset    int     NOT NULL CHECK (end_offset >= start_offset),
    token_count   int     NOT NULL CHECK (token_count >= 0),
    metadata      jsonb   NOT NULL DEFAULT '{}',
    -- null for chunks kept only as context (parents), which are never searched
    embedding     vector(384),
    UNIQUE (document_id, position)
);

CREATE INDEX chunk_collection_idx ON chunk (collection_id);
CREATE INDEX chunk_parent_idx ON chunk (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX chunk_embedding_hnsw ON chunk USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64);

-- Monotonic: writers take pg_advisory_xact_lock(7262636) in the writing transaction just before inserting, so seq
-- order is commit order and a reader that asks for seq > last never skips a row committed late.
CREATE TABLE change_log (
    seq           bigserial PRIMARY KEY,
    collection_id bigint      NOT NULL,
    document_id   bigint      NOT NULL,
    operation     text        NOT NULL CHECK (operation IN ('UPSERT', 'DELETE')),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX change_log_document_idx ON change_log (document_id);
