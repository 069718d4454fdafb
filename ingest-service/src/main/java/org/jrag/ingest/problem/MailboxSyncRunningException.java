package org.jrag.ingest.problem;

/** A sync of the mailbox is asked for while this instance is syncing it. */
public final class MailboxSyncRunningException extends IngestException {

    public MailboxSyncRunningException(String name) {
        super("mailbox '" + name + "' is being synced now; GET /v1/mailboxes shows its run when it ends");
    }
}
