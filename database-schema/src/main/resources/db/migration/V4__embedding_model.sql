-- The embedding model the stored vectors (chunk.embedding) were computed with: one row, or none before the first
-- ingest-service started. ingest-service records its model at start-up (and, while no vector is stored, re-types the
-- vector column to the model's dimension); a service configured with another model refuses to start while vectors
-- exist, since vectors of two models are not comparable.
CREATE TABLE embedding_model (
    singleton   boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    name        text        NOT NULL,
    dimension   int         NOT NULL CHECK (dimension > 0),
    -- EmbeddingModelSpec.fingerprint(): sha-256 over the ONNX file, the tokenizer, the pooling and the input limit
    fingerprint text        NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    recorded_at timestamptz NOT NULL DEFAULT now()
);
