-- The passages an answer was given to write from (ids and titles, best first), so a review can tell an answer that
-- missed the right passage (retrieval) from one that misread it (generation). NULL for answers logged before.
ALTER TABLE answer_log ADD COLUMN passages jsonb;
