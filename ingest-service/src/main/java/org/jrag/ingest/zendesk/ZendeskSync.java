package org.jrag.ingest.zendesk;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jrag.ingest.mirror.Mirror;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.mirror.MirrorSync;
import org.jrag.ingest.mirror.StoreRequests;
import org.jrag.ingest.mirror.StoreSyncs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps collections in step with Zendesk help centers ({@link MirrorSync}: every published article, or those of the
 * configured categories, stored under the source {@code <name>/<id>.html} with its section, labels and body, read again
 * only when Zendesk updated it, gone ones deleted, each linked to its page in the help center), in rounds one instance
 * at a time ({@link StoreSyncs}; the last runs in {@code guide_run}).
 */
@Service
public class ZendeskSync extends StoreSyncs<ZendeskSyncProperties.Guide> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262649L;

    private final MirrorSync mirrors;
    private final JsonMapper json;
    private final HttpClient http = StoreRequests.client();

    ZendeskSync(
            ZendeskSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        super(
                Mirror.Kind.GUIDE,
                SYNC_LOCK,
                properties.guides(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
        this.json = json;
    }

    public List<ZendeskSyncProperties.Guide> guides() {
        return stores();
    }

    @Override
    protected MirrorRun syncStore(ZendeskSyncProperties.Guide guide) {
        return mirrors.sync(mirror(guide), new ZendeskStore(guide, http, json));
    }

    @Override
    protected Map<String, Object> where(ZendeskSyncProperties.Guide guide) {
        return entries("location", guide.location(), "categories", guide.categories());
    }
}
