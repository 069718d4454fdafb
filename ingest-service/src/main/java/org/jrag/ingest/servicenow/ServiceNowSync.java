package org.jrag.ingest.servicenow;

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
 * Keeps collections in step with ServiceNow knowledge bases ({@link MirrorSync}: every published article stored under
 * the source {@code <name>/<number>.html} with its category, author and text, read again only when ServiceNow updated
 * it, gone ones deleted, each linked to its page), in rounds one instance at a time ({@link StoreSyncs}; the last runs
 * in {@code kb_run}).
 */
@Service
public class ServiceNowSync extends StoreSyncs<ServiceNowSyncProperties.KnowledgeBase> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262651L;

    private final MirrorSync mirrors;
    private final JsonMapper json;
    private final HttpClient http = StoreRequests.client();

    ServiceNowSync(
            ServiceNowSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        super(
                Mirror.Kind.KB,
                SYNC_LOCK,
                properties.knowledgeBases(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
        this.json = json;
    }

    public List<ServiceNowSyncProperties.KnowledgeBase> knowledgeBases() {
        return stores();
    }

    @Override
    protected MirrorRun syncStore(ServiceNowSyncProperties.KnowledgeBase base) {
        return mirrors.sync(mirror(base), new ServiceNowStore(base, http, json));
    }

    @Override
    protected Map<String, Object> where(ServiceNowSyncProperties.KnowledgeBase base) {
        return entries("location", base.location());
    }
}
