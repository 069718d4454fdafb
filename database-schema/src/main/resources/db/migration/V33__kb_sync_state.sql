-- The last run of each configured ServiceNow knowledge base, whichever instance ran it (GET /v1/kbs answers the same
-- everywhere). Its articles are stamped beside folders' files (folder_file; their sources start with the knowledge
-- base's name), each article's version the time ServiceNow last updated it.
CREATE TABLE kb_run (
    kb  text  PRIMARY KEY,
    run jsonb NOT NULL
);
