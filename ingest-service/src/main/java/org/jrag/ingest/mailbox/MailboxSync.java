package org.jrag.ingest.mailbox;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jrag.ingest.mirror.Mirror;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.mirror.MirrorSync;
import org.jrag.ingest.mirror.StoreSyncs;
import org.jrag.ingest.oauth.OAuth2Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps collections in step with IMAP mailboxes ({@link MirrorSync}: every message of the configured folders stored as
 * an e-mail document, with its attachments, under the source {@code <mailbox>/<folder>/<UIDVALIDITY>/<UID>.eml}; a
 * message is downloaded once, a message gone deletes its document), in rounds one instance at a time ({@link
 * StoreSyncs}; the last runs in {@code mailbox_run}).
 */
@Service
public class MailboxSync extends StoreSyncs<MailboxSyncProperties.Mailbox> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262643L;

    private final MirrorSync mirrors;
    private final OAuth2Tokens tokens;

    MailboxSync(
            MailboxSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json,
            OAuth2Tokens tokens) {
        super(
                Mirror.Kind.MAILBOX,
                SYNC_LOCK,
                properties.mailboxes(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
        this.tokens = tokens;
    }

    public List<MailboxSyncProperties.Mailbox> mailboxes() {
        return stores();
    }

    @Override
    protected MirrorRun syncStore(MailboxSyncProperties.Mailbox mailbox) {
        try (var store = new ImapStore(mailbox, tokens)) {
            return mirrors.sync(mirror(mailbox), store);
        }
    }

    @Override
    protected Map<String, Object> where(MailboxSyncProperties.Mailbox mailbox) {
        return entries("location", mailbox.location(), "folders", mailbox.folders());
    }
}
