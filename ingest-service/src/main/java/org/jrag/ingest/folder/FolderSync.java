package org.jrag.ingest.folder;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
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
    protected String name(FolderSyncProperties.Folder folder) {
        return folder.name();
    }

    @Override
    protected MirrorRun syncStore(FolderSyncProperties.Folder folder) {
        return mirrors.sync(folder.mirror(), new DirectoryStore(folder.path()));
    }

    /** A folder as the API shows it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record View(
            String name,
            String collection,
            String path,
            List<String> include,
            boolean delete,
            boolean running,
            MirrorRun lastRun) {}

    @Override
    protected View view(FolderSyncProperties.Folder folder) {
        return new View(
                folder.name(),
                folder.collection(),
                folder.path().toString(),
                folder.include(),
                folder.delete(),
                isRunning(folder.name()),
                lastRun(folder.name()).orElse(null));
    }
}
