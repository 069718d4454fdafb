package org.jrag.ingest.gdrive;

import java.net.http.HttpClient;
import java.time.Clock;
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
 * Keeps collections in step with Google Drive folders and shared drives ({@link MirrorSync}: every file of a supported
 * format, Google Docs, Sheets and Slides exported as Office files, stored under the source {@code <name>/<path>}, read
 * again only when its checksum or version moved, gone ones deleted, each linked to its address in Drive), signed in as a
 * service account, in rounds one instance at a time ({@link StoreSyncs}; the last runs in {@code gdrive_run}).
 */
@Service
public class GoogleDriveSync extends StoreSyncs<GoogleDriveSyncProperties.Drive> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262650L;

    private final MirrorSync mirrors;
    private final JsonMapper json;
    private final HttpClient http = StoreRequests.client();
    private final GoogleTokens tokens;

    GoogleDriveSync(
            GoogleDriveSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        super(
                Mirror.Kind.GDRIVE,
                SYNC_LOCK,
                properties.drives(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
        this.json = json;
        this.tokens = new GoogleTokens(http, json, Clock.systemUTC());
    }

    public List<GoogleDriveSyncProperties.Drive> drives() {
        return stores();
    }

    @Override
    protected MirrorRun syncStore(GoogleDriveSyncProperties.Drive drive) {
        return mirrors.sync(mirror(drive), new GoogleDriveStore(drive, http, tokens, json));
    }

    @Override
    protected Map<String, Object> where(GoogleDriveSyncProperties.Drive drive) {
        return entries(
                "location",
                drive.location(),
                "serviceAccount",
                drive.account().clientEmail(),
                "subject",
                drive.subject());
    }
}
