package org.jrag.ingest.repository;

import java.nio.file.Path;
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
 * Keeps collections in step with Git repositories ({@link MirrorSync}: every file of a supported format on the branch,
 * under the configured path, stored under the source {@code <repository name>/<path in the directory>}; a file read
 * again only when its blob changed, gone ones deleted), in rounds one instance at a time ({@link StoreSyncs}; the last
 * runs, with the commit each read, in {@code repository_run}). Each instance keeps a shallow copy of each repository
 * in the cache directory ({@link GitStore}).
 */
@Service
public class RepositorySync extends StoreSyncs<RepositorySyncProperties.GitRepository> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262646L;

    private final MirrorSync mirrors;
    private final Path cacheDirectory;
    private final int timeoutSeconds;

    RepositorySync(
            RepositorySyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        super(
                Mirror.Kind.REPOSITORY,
                SYNC_LOCK,
                properties.repositories(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
        this.cacheDirectory = properties.cacheDirectory();
        this.timeoutSeconds = (int) Math.max(1, properties.timeout().toSeconds());
    }

    public List<RepositorySyncProperties.GitRepository> repositories() {
        return stores();
    }

    @Override
    protected MirrorRun syncStore(RepositorySyncProperties.GitRepository repository) {
        try (var store = new GitStore(repository, cacheDirectory.resolve(repository.name() + ".git"), timeoutSeconds)) {
            return mirrors.sync(mirror(repository), store);
        }
    }

    @Override
    protected Map<String, Object> where(RepositorySyncProperties.GitRepository repository) {
        return entries(
                "url",
                repository.url().toString(),
                "branch",
                repository.branch(),
                "path",
                repository.path().isEmpty() ? null : repository.path());
    }
}
