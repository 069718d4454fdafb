package org.jrag.ingest.mirror;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps a collection in step with a store of files (a directory, a bucket): every file of a supported format (that the
 * include patterns let in; hidden files and directories skipped, images left out) is stored under the source {@code
 * <name>/<relative path>}, through the same ingestion as an upload; a file whose bytes changed replaces its document,
 * an unchanged one costs a read and a hash (and once read, nothing while it is listed with the same size, modification
 * time and version, also after a restart: {@link MirrorStamps}); a file whose bytes another document holds is a
 * duplicate, found by its hash before it is parsed; a document whose file is gone is deleted (unless the mirror says
 * not to; and never all of them because the store came up empty, which is more likely a share not mounted or a prefix
 * mistyped). A file that cannot be stored (corrupt, too large, no text) is reported and skipped, the others go on.
 */
@Service
public class MirrorSync {

    private static final Logger log = LoggerFactory.getLogger(MirrorSync.class);

    private final DocumentIngestion ingestion;
    private final CollectionRepository collections;
    private final MirrorStamps stamps;
    private final MeterRegistry registry;
    private final long maxBytes;

    public MirrorSync(
            DocumentIngestion ingestion,
            CollectionRepository collections,
            MirrorStamps stamps,
            MeterRegistry registry,
            DocumentProperties documents) {
        this.ingestion = ingestion;
        this.collections = collections;
        this.stamps = stamps;
        this.registry = registry;
        this.maxBytes = documents.maxDocumentBytes().toBytes();
    }

    /** Brings the mirror's collection in step with the store's files (the caller holds its kind's sync lock). */
    public MirrorRun sync(Mirror mirror, MirrorStore store) {
        Instant started = Instant.now();
        var tally = new Tally(mirror);
        try {
            long collectionId = collections.ensure(new NewCollection(
                    mirror.collection(), "synced from a " + mirror.kind().noun()));
            List<MirrorFile> files = files(mirror, store.list());
            ingestion.alignCollection(mirror.collection(), mirror.language(), mirror.redact());
            Map<String, List<String>> ownReaders = new HashMap<>();
            for (MirrorFile file : files) {
                if (file.readers() != null) {
                    ownReaders.put(mirror.sourcePrefix() + file.path(), file.readers());
                }
            }
            ingestion.alignReaders(mirror.collection(), mirror.sourcePrefix(), mirror.readers(), ownReaders);
            Map<String, StoredSource> stored = ingestion.storedSources(mirror.collection(), mirror.sourcePrefix());
            Map<String, MirrorStamps.Stamp> seenBefore = stamps.stamps(collectionId, mirror.sourcePrefix());
            Set<String> seen = new HashSet<>();
            for (MirrorFile file : files) {
                seen.add(mirror.sourcePrefix() + file.path());
            }
            if (mirror.delete() && files.isEmpty() && !stored.isEmpty()) {
                // an empty store where documents were synced is more likely a share not mounted (a prefix mistyped)
                // than a store emptied on purpose: deleting them all would empty the collection
                throw new IOException("the " + mirror.kind().noun() + " holds no "
                        + mirror.kind().item()
                        + " to sync but " + stored.size()
                        + " documents were synced from it; nothing deleted ("
                        + mirror.kind().emptyHint()
                        + "); delete them through the API if it was emptied on purpose");
            }
            stamps.forgetAllBut(collectionId, mirror.sourcePrefix(), seen);
            // deletions first: a file renamed (or moved) is then stored anew, not found a duplicate of its old self
            if (mirror.delete()) {
                for (StoredSource gone : stored.values()) {
                    if (!seen.contains(gone.source())) {
                        try {
                            ingestion.delete(mirror.collection(), gone.documentId());
                            tally.count("deleted");
                            tally.deleted++;
                        } catch (DocumentNotFoundException alreadyGone) {
                            // deleted by someone else meanwhile: what the sync wanted
                        }
                    }
                }
            }
            for (MirrorFile file : files) {
                String source = mirror.sourcePrefix() + file.path();
                tally.files++;
                syncFile(mirror, store, collectionId, file, source, stored.get(source), seenBefore.get(source), tally);
            }
        } catch (IOException | RuntimeException e) {
            tally.error = e.getMessage();
            log.warn("{} '{}' not synced: {}", mirror.kind().noun(), mirror.name(), e.getMessage());
        }
        MirrorRun run = tally.run(started, store.revision());
        log.info(
                "{} '{}' synced into '{}': {} files, {} stored, {} replaced, {} unchanged, {} deleted, {} failed",
                mirror.kind().noun(),
                mirror.name(),
                mirror.collection(),
                run.files(),
                run.stored(),
                run.replaced(),
                run.unchanged(),
                run.deleted(),
                run.failures());
        return run;
    }

    private void syncFile(
            Mirror mirror,
            MirrorStore store,
            long collectionId,
            MirrorFile file,
            String source,
            StoredSource stored,
            MirrorStamps.Stamp seen,
            Tally tally) {
        try {
            if (seen != null && seen.matches(file)) {
                // listed as when its bytes were read: not read again (rsync's test), as long as what those bytes were
                // is still stored
                if (stored != null && seen.contentHash().equals(stored.contentHash())) {
                    linkIfUnlinked(mirror, stored, file);
                    tally.unchanged++;
                    tally.count("unchanged");
                    return;
                }
                if (stored == null && ingestion.holds(mirror.collection(), new ContentHash(seen.contentHash()))) {
                    tally.duplicates++;
                    tally.count("duplicate");
                    return;
                }
            }
            if (file.size() > maxBytes) {
                tally.fail(
                        file.path(),
                        "file of " + file.size() + " bytes is over the limit of " + maxBytes
                                + " bytes (rag.ingest.max-document-bytes)");
                return;
            }
            byte[] bytes = store.read(file, maxBytes);
            if (bytes.length > maxBytes) {
                tally.fail(
                        file.path(),
                        "file grew past the limit of " + maxBytes
                                + " bytes (rag.ingest.max-document-bytes) after it was listed");
                return;
            }
            ContentHash hash = ContentHash.sha256(bytes);
            var stamp = MirrorStamps.Stamp.of(file, hash.hex());
            if (stored != null && stored.contentHash().equals(hash.hex())) {
                stamps.stamp(collectionId, source, stamp);
                linkIfUnlinked(mirror, stored, file);
                tally.unchanged++;
                tally.count("unchanged");
                return;
            }
            if (ingestion.holds(mirror.collection(), hash)) {
                // another document holds these bytes: what an ingest would find, without parsing them
                stamps.stamp(collectionId, source, stamp);
                tally.duplicates++;
                tally.count("duplicate");
                return;
            }
            IngestResult result = ingestion.ingest(
                    new DocumentUpload(
                            mirror.collection(),
                            bytes,
                            null,
                            null,
                            fileName(file.path()),
                            new DocumentMetadata(
                                    null,
                                    source,
                                    file.url(),
                                    List.of(),
                                    null,
                                    file.readers() == null ? mirror.readers() : file.readers())),
                    ChunkingOptions.none());
            String outcome = result.duplicate() ? "duplicate" : result.replaced() ? "replaced" : "stored";
            stamps.stamp(collectionId, source, stamp);
            switch (outcome) {
                case "duplicate" -> tally.duplicates++;
                case "replaced" -> tally.replaced++;
                default -> tally.stored++;
            }
            tally.count(outcome);
        } catch (IOException | RuntimeException e) {
            tally.fail(file.path(), e.getMessage());
        }
    }

    /**
     * Gives an unchanged document without a url its file's link: one stored before the store gave links (or before a
     * repository's web-url was configured). A document with a url keeps it: a repository's links name the commit its
     * bytes were read at, and moving every unchanged document to each new commit would re-index them all.
     */
    private void linkIfUnlinked(Mirror mirror, StoredSource stored, MirrorFile file) {
        if (stored.url() == null && file.url() != null) {
            ingestion.link(mirror.collection(), stored.documentId(), file.url());
        }
    }

    /**
     * The store's files of a supported format that the include patterns let in, in path order; hidden ones (a part of
     * the path starting with a dot) and images are left out (a folder's pictures are seldom documents; upload scans of
     * text as such).
     */
    static List<MirrorFile> files(Mirror mirror, List<MirrorFile> listed) {
        // "**/" also matches no directory at all, as in .gitignore (a Java glob wants at least one)
        List<PathMatcher> include = mirror.include().stream()
                .flatMap(glob -> glob.startsWith("**/") ? Stream.of(glob, glob.substring(3)) : Stream.of(glob))
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
        return listed.stream()
                .filter(file -> !hidden(file.path()))
                .filter(file -> DocumentFormat.ofFilename(fileName(file.path()))
                        .filter(format -> !format.isImage())
                        .isPresent())
                .filter(file -> include.isEmpty() || included(include, file.path()))
                .sorted(Comparator.comparing(MirrorFile::path))
                .toList();
    }

    private static boolean included(List<PathMatcher> include, String path) {
        try {
            Path relative = Path.of(path);
            return include.stream().anyMatch(m -> m.matches(relative));
        } catch (InvalidPathException e) {
            return false; // a bucket's key that no path can be: no pattern matches it
        }
    }

    private static boolean hidden(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The counts of a run as it goes. */
    private final class Tally {
        final Mirror mirror;
        int files;
        int stored;
        int replaced;
        int unchanged;
        int duplicates;
        int deleted;
        int failures;
        final List<MirrorRun.Failure> failed = new ArrayList<>();
        String error;

        Tally(Mirror mirror) {
            this.mirror = mirror;
        }

        void fail(String path, String detail) {
            failures++;
            if (failed.size() < MirrorRun.MAX_FAILURES) {
                failed.add(new MirrorRun.Failure(path, detail));
            }
            count("failed");
            log.warn("{} '{}': '{}' not stored: {}", mirror.kind().noun(), mirror.name(), path, detail);
        }

        void count(String outcome) {
            Counter.builder(mirror.kind().metric())
                    .description(
                            "Files of synced " + mirror.kind().noun() + "s, by store and what the sync did with them")
                    .tag(mirror.kind().noun(), mirror.name())
                    .tag("outcome", outcome)
                    .register(registry)
                    .increment();
        }

        MirrorRun run(Instant started, String revision) {
            return new MirrorRun(
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
                    error,
                    revision);
        }
    }
}
