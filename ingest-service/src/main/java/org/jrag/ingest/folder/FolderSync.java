package org.jrag.ingest.folder;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.mirror.MirrorSync;
import org.jrag.ingest.upkeep.BackgroundTask;
import org.jrag.ingest.upkeep.InstanceLock;
import org.jrag.ingest.upkeep.LastRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps collections in step with directories ({@link MirrorSync}: every file of a supported format stored under the
 * source {@code <folder>/<relative path>}, changed files replaced, gone ones deleted; hidden files and directories
 * skipped, symbolic links not followed; a file is read again only when its size or modification time moved). One
 * instance at a time syncs (a PostgreSQL advisory lock), the others skip the round; the last run of each folder is kept
 * in the database ({@code folder_run}), for every instance to show.
 */
@Service
public class FolderSync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FolderSync.class);

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262640L;

    private final FolderSyncProperties properties;
    private final MirrorSync mirrors;
    private final DataSource dataSource;
    private final LastRuns<MirrorRun> runs;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    private final BackgroundTask rounds = new BackgroundTask("folder-sync", this::syncLogged);

    FolderSync(
            FolderSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        this.properties = properties;
        this.mirrors = mirrors;
        this.dataSource = dataSource;
        this.runs = new LastRuns<>(jdbc, json, "folder_run", "folder", MirrorRun.class);
    }

    public List<FolderSyncProperties.Folder> folders() {
        return properties.folders();
    }

    /** The last run of the folder, by whichever instance ran it. */
    public Optional<MirrorRun> lastRun(String folder) {
        return runs.find(folder);
    }

    public boolean isRunning(String folder) {
        return running.contains(folder);
    }

    @Override
    public void start() {
        if (!properties.folders().isEmpty()) {
            rounds.start(properties.initialDelay(), properties.interval());
        }
    }

    /** A round that fails as a whole is logged and tried again at the next interval. */
    private void syncLogged() {
        try {
            syncAll(properties.folders());
        } catch (RuntimeException e) {
            log.warn("folder sync failed; retrying in {}", properties.interval(), e);
        }
    }

    @Override
    public void stop() {
        rounds.stop();
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }

    /**
     * Syncs the folders now, unless another instance holds the sync lock.
     *
     * @return whether this instance synced them
     */
    public boolean syncAll(List<FolderSyncProperties.Folder> folders) {
        return InstanceLock.runExclusively(dataSource, SYNC_LOCK, "folder sync", () -> folders.forEach(this::sync));
    }

    /** Brings the folder's collection in step with its files (the caller holds the sync lock). */
    MirrorRun sync(FolderSyncProperties.Folder folder) {
        running.add(folder.name());
        MirrorRun run;
        try {
            run = mirrors.sync(folder.mirror(), new DirectoryStore(folder.path()));
        } finally {
            running.remove(folder.name());
        }
        try {
            runs.save(folder.name(), run);
        } catch (RuntimeException e) {
            log.warn("folder '{}': its run could not be recorded: {}", folder.name(), e.getMessage());
        }
        return run;
    }
}
