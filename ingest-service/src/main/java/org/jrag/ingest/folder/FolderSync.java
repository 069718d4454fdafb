package org.jrag.ingest.folder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.collection.CollectionRepository;
import org.jrag.ingest.collection.NewCollection;
import org.jrag.ingest.document.ContentHash;
import org.jrag.ingest.document.DocumentFormat;
import org.jrag.ingest.document.DocumentIngestion;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.document.DocumentProperties;
import org.jrag.ingest.document.DocumentUpload;
import org.jrag.ingest.document.IngestResult;
import org.jrag.ingest.document.StoredSource;
import org.jrag.ingest.problem.DocumentNotFoundException;
import org.jrag.ingest.upkeep.BackgroundTask;
import org.jrag.ingest.upkeep.InstanceLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Keeps collections in step with directories: every file of a supported format (that the folder's include patterns
 * let in; hidden files and directories skipped, symbolic links not followed) is stored under the source {@code
 * <folder>/<relative path>}, through the same ingestion as an upload; a file whose bytes changed replaces its document,
 * an unchanged one costs a hash (and once read, nothing while its size and modification time stay as they were, also
 * after a restart: {@link FolderState}); a file whose bytes another document holds is a duplicate, found by its hash
 * before it is parsed; a document whose file is gone is deleted (unless the folder says not to; and never all of them
 * because the folder came up empty, which is more likely a share not mounted). A file that cannot be stored (corrupt,
 * too large, no text) is reported and skipped, the others go on. One instance at a time syncs (a PostgreSQL advisory
 * lock), the others skip the round; the last run of each folder is kept in the database, for every instance to show.
 */
@Service
public class FolderSync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FolderSync.class);

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262640L;

    private final FolderSyncProperties properties;
    private final DocumentIngestion ingestion;
    private final CollectionRepository collections;
    private final DataSource dataSource;
    private final FolderState state;
    private final MeterRegistry registry;
    private final long maxBytes;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    private final BackgroundTask rounds = new BackgroundTask("folder-sync", this::syncLogged);

    FolderSync(
            FolderSyncProperties properties,
            DocumentIngestion ingestion,
            CollectionRepository collections,
            DataSource dataSource,
            FolderState state,
            MeterRegistry registry,
            DocumentProperties documents) {
        this.properties = properties;
        this.ingestion = ingestion;
        this.collections = collections;
        this.dataSource = dataSource;
        this.state = state;
        this.registry = registry;
        this.maxBytes = documents.maxDocumentBytes().toBytes();
    }

    public List<FolderSyncProperties.Folder> folders() {
        return properties.folders();
    }

    /** The last run of the folder, by whichever instance ran it. */
    public Optional<FolderRun> lastRun(String folder) {
        return state.lastRun(folder);
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
    FolderRun sync(FolderSyncProperties.Folder folder) {
        running.add(folder.name());
        Instant started = Instant.now();
        var tally = new Tally();
        try {
            long collectionId = collections.ensure(new NewCollection(folder.collection(), "synced from a folder"));
            if (!Files.isDirectory(folder.path())) {
                throw new IOException("not a readable directory: " + folder.path());
            }
            ingestion.alignCollection(folder.collection(), folder.language(), folder.redact());
            ingestion.alignReaders(folder.collection(), folder.sourcePrefix(), folder.readers());
            Map<String, StoredSource> stored = ingestion.storedSources(folder.collection(), folder.sourcePrefix());
            Map<String, FolderState.Stamp> stamps = state.stamps(collectionId, folder.sourcePrefix());
            List<Path> files = files(folder);
            Set<String> seen = new HashSet<>();
            for (Path file : files) {
                seen.add(folder.sourcePrefix() + relative(folder.path(), file));
            }
            if (folder.delete() && files.isEmpty() && !stored.isEmpty()) {
                // an empty directory where documents were synced is more likely a share not mounted than a folder
                // emptied on purpose: deleting them all would empty the collection
                throw new IOException("the folder holds no file to sync but " + stored.size()
                        + " documents were synced from it; nothing deleted (is the share mounted?); delete them through"
                        + " the API if the folder was emptied on purpose");
            }
            state.forgetAllBut(collectionId, folder.sourcePrefix(), seen);
            // deletions first: a file renamed (or moved) is then stored anew, not found a duplicate of its old self
            if (folder.delete()) {
                for (StoredSource gone : stored.values()) {
                    if (!seen.contains(gone.source())) {
                        try {
                            ingestion.delete(folder.collection(), gone.documentId());
                            tally.count(folder, "deleted");
                            tally.deleted++;
                        } catch (DocumentNotFoundException alreadyGone) {
                            // deleted by someone else meanwhile: what the sync wanted
                        }
                    }
                }
            }
            for (Path file : files) {
                String relative = relative(folder.path(), file);
                String source = folder.sourcePrefix() + relative;
                tally.files++;
                syncFile(folder, collectionId, file, relative, source, stored.get(source), stamps.get(source), tally);
            }
        } catch (IOException | RuntimeException e) {
            tally.error = e.getMessage();
            log.warn("folder '{}' not synced: {}", folder.name(), e.getMessage());
        } finally {
            running.remove(folder.name());
        }
        FolderRun run = tally.run(started);
        try {
            state.saveRun(folder.name(), run);
        } catch (RuntimeException e) {
            log.warn("folder '{}': its run could not be recorded: {}", folder.name(), e.getMessage());
        }
        log.info(
                "folder '{}' synced into '{}': {} files, {} stored, {} replaced, {} unchanged, {} deleted, {} failed",
                folder.name(),
                folder.collection(),
                run.files(),
                run.stored(),
                run.replaced(),
                run.unchanged(),
                run.deleted(),
                run.failures());
        return run;
    }

    private void syncFile(
            FolderSyncProperties.Folder folder,
            long collectionId,
            Path file,
            String relative,
            String source,
            StoredSource stored,
            FolderState.Stamp seen,
            Tally tally) {
        try {
            long size = Files.size(file);
            long modified =
                    Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.NANOSECONDS);
            if (seen != null && seen.size() == size && seen.modifiedNanos() == modified) {
                // size and modification time as when its bytes were read: not read again (rsync's test), as long as
                // what those bytes were is still stored
                if (stored != null && seen.contentHash().equals(stored.contentHash())) {
                    tally.unchanged++;
                    tally.count(folder, "unchanged");
                    return;
                }
                if (stored == null && ingestion.holds(folder.collection(), new ContentHash(seen.contentHash()))) {
                    tally.duplicates++;
                    tally.count(folder, "duplicate");
                    return;
                }
            }
            if (size > maxBytes) {
                tally.fail(
                        folder,
                        relative,
                        "file of " + size + " bytes is over the limit of " + maxBytes
                                + " bytes (rag.ingest.max-document-bytes)");
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            ContentHash hash = ContentHash.sha256(bytes);
            var stamp = new FolderState.Stamp(size, modified, hash.hex());
            if (stored != null && stored.contentHash().equals(hash.hex())) {
                state.stamp(collectionId, source, stamp);
                tally.unchanged++;
                tally.count(folder, "unchanged");
                return;
            }
            if (ingestion.holds(folder.collection(), hash)) {
                // another document holds these bytes: what an ingest would find, without parsing them
                state.stamp(collectionId, source, stamp);
                tally.duplicates++;
                tally.count(folder, "duplicate");
                return;
            }
            IngestResult result = ingestion.ingest(
                    new DocumentUpload(
                            folder.collection(),
                            bytes,
                            null,
                            null,
                            file.getFileName().toString(),
                            new DocumentMetadata(null, source, null, List.of(), null, folder.readers())),
                    ChunkingOptions.none());
            String outcome = result.duplicate() ? "duplicate" : result.replaced() ? "replaced" : "stored";
            state.stamp(collectionId, source, stamp);
            switch (outcome) {
                case "duplicate" -> tally.duplicates++;
                case "replaced" -> tally.replaced++;
                default -> tally.stored++;
            }
            tally.count(folder, outcome);
        } catch (IOException | RuntimeException e) {
            tally.fail(folder, relative, e.getMessage());
        }
    }

    /**
     * The folder's files of a supported format that the include patterns let in, in path order; images are left out
     * (a folder's pictures are seldom documents; upload scans of text as such).
     */
    private static List<Path> files(FolderSyncProperties.Folder folder) throws IOException {
        // "**/" also matches no directory at all, as in .gitignore (a Java glob wants at least one)
        List<PathMatcher> include = folder.include().stream()
                .flatMap(glob -> glob.startsWith("**/") ? Stream.of(glob, glob.substring(3)) : Stream.of(glob))
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
        try (Stream<Path> walk = Files.walk(folder.path())) {
            return walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> !hidden(folder.path().relativize(file)))
                    .filter(file -> DocumentFormat.ofFilename(file.getFileName().toString())
                            .filter(format -> !format.isImage())
                            .isPresent())
                    .filter(file -> include.isEmpty()
                            || include.stream()
                                    .anyMatch(m -> m.matches(folder.path().relativize(file))))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The counts of a run as it goes. */
    private final class Tally {
        int files;
        int stored;
        int replaced;
        int unchanged;
        int duplicates;
        int deleted;
        int failures;
        final List<FolderRun.Failure> failed = new ArrayList<>();
        String error;

        void fail(FolderSyncProperties.Folder folder, String path, String detail) {
            failures++;
            if (failed.size() < FolderRun.MAX_FAILURES) {
                failed.add(new FolderRun.Failure(path, detail));
            }
            count(folder, "failed");
            log.warn("folder '{}': '{}' not stored: {}", folder.name(), path, detail);
        }

        void count(FolderSyncProperties.Folder folder, String outcome) {
            Counter.builder("rag.ingest.folder.files")
                    .description("Files of synced folders, by folder and what the sync did with them")
                    .tag("folder", folder.name())
                    .tag("outcome", outcome)
                    .register(registry)
                    .increment();
        }

        FolderRun run(Instant started) {
            return new FolderRun(
                    started,
                    Instant.now(),
                    files,
                    stored,
                    replaced,
                    unchanged,
                    duplicates,
                    deleted,
                    failures,
                    List.copyOf(failed),
                    error);
        }
    }
}
