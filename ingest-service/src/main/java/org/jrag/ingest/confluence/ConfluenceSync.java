package org.jrag.ingest.confluence;

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
 * Keeps collections in step with Confluence spaces ({@link MirrorSync}: every current page stored under the source
 * {@code <name>/<title>.html}, every blog post under {@code <name>/blog/<date> <title>.html} and every attachment of a
 * supported format under {@code <name>/<page or post>/<file>}, each read again only when its version number moved,
 * gone ones deleted, each linked to where Confluence shows it, read by whom its view restrictions name), in rounds
 * one instance at a time ({@link StoreSyncs}; the last runs in {@code space_run}).
 */
@Service
public class ConfluenceSync extends StoreSyncs<ConfluenceSyncProperties.Space> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262647L;

    private final MirrorSync mirrors;
    private final JsonMapper json;
    private final HttpClient http = StoreRequests.client();

    ConfluenceSync(
            ConfluenceSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        super(
                Mirror.Kind.SPACE,
                SYNC_LOCK,
                properties.spaces(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
        this.json = json;
    }

    public List<ConfluenceSyncProperties.Space> spaces() {
        return stores();
    }

    @Override
    protected MirrorRun syncStore(ConfluenceSyncProperties.Space space) {
        return mirrors.sync(mirror(space), new ConfluenceStore(space, http, json));
    }

    @Override
    protected Map<String, Object> where(ConfluenceSyncProperties.Space space) {
        return entries(
                "location",
                space.location(),
                "attachments",
                space.attachments(),
                "blogPosts",
                space.blogPosts(),
                "rootPage",
                space.rootPage(),
                "restrictions",
                space.restrictions());
    }
}
