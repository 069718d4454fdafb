package org.jrag.ingest.problem;

/** No synced mailbox of that name is configured. */
public final class MailboxNotFoundException extends IngestException {

    public MailboxNotFoundException(String name) {
        super("no mailbox '" + name + "' is configured (rag.ingest.mailbox-sync.mailboxes)");
    }
}
