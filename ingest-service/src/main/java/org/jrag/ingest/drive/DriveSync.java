package org.jrag.ingest.drive;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jrag.ingest.mirror.Mirror;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.mirror.MirrorSync;
import org.jrag.ingest.mirror.StoreRequests;
import org.jrag.ingest.mirror.StoreSyncs;
import org.jrag.ingest.oauth.OAuth2Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps collections in step with SharePoint document libraries and OneDrive folders through Microsoft Graph ({@link
 * MirrorSync}: every file of a supported format stored under the source {@code <drive>/<relative path>}, a file
 * downloaded again only when its content tag changed, gone ones deleted), in rounds one instance at a time ({@link
 * StoreSyncs}; the last runs in {@code drive_run}).
 */
@Service
public class DriveSync extends StoreSyncs<DriveSyncProperties.Drive> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262644L;

    private final MirrorSync mirrors;
    private final JsonMapper json;
    private final HttpClient http = StoreRequests.client();
    private final OAuth2Tokens tokens;

    DriveSync(
            DriveSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json,
            OAuth2Tokens tokens) {
        super(
                Mirror.Kind.DRIVE,
                SYNC_LOCK,
                properties.drives(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
        this.json = json;
        this.tokens = tokens;
    }

    public List<DriveSyncProperties.Drive> drives() {
        return stores();
    }

    @Override
    protected MirrorRun syncStore(DriveSyncProperties.Drive drive) {
        return mirrors.sync(mirror(drive), new GraphDriveStore(drive, http, tokens, json));
    }

    @Override
    protected Map<String, Object> where(DriveSyncProperties.Drive drive) {
        return entries("location", drive.location());
    }
}
