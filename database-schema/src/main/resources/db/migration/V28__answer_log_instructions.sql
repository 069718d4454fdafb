-- The instructions an answer was given with (its collections' and its request's, as generation-service got them), so
-- that a reviewer reads an answer with what it was told.
ALTER TABLE answer_log ADD COLUMN instructions text;
