-- What a collection's generative answers should be like beyond the grounded prompt's own instruction ("Answer in
-- German."): retrieval-service hands them to generation-service with every answer drawn from the collection.
ALTER TABLE collection ADD COLUMN instructions text CHECK (char_length(instructions) BETWEEN 1 AND 4000);
