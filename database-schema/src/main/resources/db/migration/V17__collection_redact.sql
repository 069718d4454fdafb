-- The kinds of personal data ingest-service replaces with a placeholder ([EMAIL], [PHONE], ...) in a collection's
-- documents before they are stored, chunked and embedded, so no service ever holds or serves them (documents stored
-- before a kind was added keep their text until uploaded again). Empty: none.
ALTER TABLE collection ADD COLUMN redact text[] NOT NULL DEFAULT '{}'
    CHECK (redact <@ ARRAY['email', 'phone', 'card', 'iban', 'ssn']::text[]);
