package org.jrag.ingest.folder;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jrag.ingest.mirror.Mirror;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.mirror.MirrorSync;
import org.jrag.ingest.mirror.StoreSyncs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps collections in step with directories ({@link MirrorSync}: every file of a supported format stored under the
 * source {@code <folder>/<relative path>}, changed files replaced, gone ones deleted; hidden files and directories
 * skipped, symbolic links not followed; a file is read again only when its size or modification time moved), in rounds
 * one instance at a time ({@link StoreSyncs}; the last runs in {@code folder_run}).
 */
@Service
public class FolderSync extends StoreSyncs<FolderSyncProperties.Folder> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262640L;

    private final MirrorSync mirrors;

    FolderSync(
            FolderSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        super(
                Mirror.Kind.FOLDER,
                SYNC_LOCK,
                properties.folders(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
    }

    public List<FolderSyncProperties.Folder> folders() {
        return stores();
    }

    @Override
    protected MirrorRun syncStore(FolderSyncProperties.Folder folder) {
        return mirrors.sync(mirror(folder), new DirectoryStore(folder.path()));
    }

    @Override
    protected Map<String, Object> where(FolderSyncProperties.Folder folder) {
        return entries("path", folder.path().toString());
    }
}
