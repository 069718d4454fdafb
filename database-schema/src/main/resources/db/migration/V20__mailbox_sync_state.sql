-- The last run of each configured mailbox, whichever instance ran it (GET /v1/mailboxes answers the same everywhere).
-- Its messages are stamped beside folders' files and buckets' objects (folder_file; their sources start with the
-- mailbox's name), each message's version the folder's UIDVALIDITY.
CREATE TABLE mailbox_run (
    mailbox text  PRIMARY KEY,
    run     jsonb NOT NULL
);
