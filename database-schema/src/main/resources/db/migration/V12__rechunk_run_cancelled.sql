-- A collection re-chunk can be cancelled (DELETE /v1/collections/{name}/rechunk): its worker stops after the document
-- in hand; the documents done keep their new chunks, the others their old ones.
ALTER TABLE rechunk_run DROP CONSTRAINT rechunk_run_state_check;
ALTER TABLE rechunk_run ADD CONSTRAINT rechunk_run_state_check CHECK (state IN ('RUNNING', 'SUCCEEDED', 'CANCELLED'));
