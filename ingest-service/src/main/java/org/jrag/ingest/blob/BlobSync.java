package org.jrag.ingest.blob;

import java.net.http.HttpClient;
import java.time.Duration;
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
 * Keeps collections in step with Azure Blob Storage containers ({@link MirrorSync}: every blob of a supported format
 * under the prefix stored under the source {@code <container name>/<blob name after the prefix>}, a blob downloaded
 * again only when its listing shows another size, time or ETag, gone ones deleted), in rounds one instance at a time
 * ({@link StoreSyncs}; the last runs in {@code container_run}).
 */
@Service
public class BlobSync extends StoreSyncs<BlobSyncProperties.Container> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262645L;

    private final MirrorSync mirrors;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final OAuth2Tokens tokens;

    BlobSync(
            BlobSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json,
            OAuth2Tokens tokens) {
        super(
                Mirror.Kind.CONTAINER,
                SYNC_LOCK,
                properties.containers(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
        this.tokens = tokens;
    }

    public List<BlobSyncProperties.Container> containers() {
        return stores();
    }

    @Override
    protected MirrorRun syncStore(BlobSyncProperties.Container container) {
        return mirrors.sync(mirror(container), new AzureBlobStore(container, http, tokens));
    }

    @Override
    protected Map<String, Object> where(BlobSyncProperties.Container container) {
        return entries("location", container.location());
    }
}
