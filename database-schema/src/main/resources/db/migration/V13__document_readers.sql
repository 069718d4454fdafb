-- Who may read a document: group or role names and user:<name> entries, matched against the principals the gateway
-- passes on for its caller (a user's roles and name, an API key's configured principals). Empty: everyone who may
-- read the collection. Searches, answers, document reads and the answer log leave out what a caller may not read.
ALTER TABLE document ADD COLUMN readers text[] NOT NULL DEFAULT '{}';
