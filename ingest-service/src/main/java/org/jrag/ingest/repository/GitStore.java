package org.jrag.ingest.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.FileUtils;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Git repository's branch as a store of files: each listing fetches the branch's last commit (shallow, one commit
 * deep, into a bare copy kept in the cache directory) and lists the regular files of its tree under the configured
 * path, each file's version its blob id (so a file is read again only when its bytes changed); reads come from the
 * copy's object database. Submodules and symbolic links are not followed; a file kept in Git LFS is reported as such
 * (only its pointer is in the repository).
 */
final class GitStore implements MirrorStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GitStore.class);

    /** Where the fetched commit is kept in the copy. */
    static final String SYNCED = "refs/jrag/synced";

    private static final byte[] LFS_POINTER =
            "version https://git-lfs.github.com/spec/v1\n".getBytes(StandardCharsets.US_ASCII);

    /** Packs and loose objects beyond which the copy is compacted. */
    private static final long MAX_PACKS = 16;

    private static final long MAX_LOOSE_OBJECTS = 4096;

    private final RepositorySyncProperties.GitRepository config;
    private final Path directory;
    private final int timeoutSeconds;
    private Repository copy;
    private ObjectReader reader;
    private String revision;

    /** @param directory the bare copy's directory, created when missing */
    GitStore(RepositorySyncProperties.GitRepository config, Path directory, int timeoutSeconds) {
        this.config = config;
        this.directory = directory;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public List<MirrorFile> list() throws IOException {
        close();
        RevCommit commit;
        try {
            copy = open();
            commit = fetch(copy);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        reader = copy.newObjectReader();
        revision = commit.name();
        String prefix = config.path().isEmpty() ? "" : config.path() + "/";
        var files = new ArrayList<MirrorFile>();
        try (var walk = new TreeWalk(copy, reader)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!config.path().isEmpty()) {
                walk.setFilter(PathFilter.create(config.path()));
            }
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                String path = walk.getPathString();
                if ((mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) || !path.startsWith(prefix)) {
                    continue; // submodules and links; the path itself when it names a file
                }
                ObjectId blob = walk.getObjectId(0);
                long size = reader.getObjectSize(blob, Constants.OBJ_BLOB);
                files.add(new MirrorFile(
                        path.substring(prefix.length()), size, 0, blob.name(), config.webUrl(revision, path)));
            }
        }
        if (files.isEmpty() && !config.path().isEmpty() && !directoryExists(commit)) {
            throw new IOException("the branch's commit " + commit.abbreviate(12).name() + " has no directory '"
                    + config.path() + "'");
        }
        return files;
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        if (reader == null) {
            throw new IllegalStateException("read before list");
        }
        try {
            ObjectLoader loader = reader.open(ObjectId.fromString(file.version()), Constants.OBJ_BLOB);
            byte[] bytes;
            try (InputStream in = loader.openStream()) {
                bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            }
            if (startsWith(bytes, LFS_POINTER)) {
                throw new IOException("a Git LFS pointer: the file's bytes are in the host's LFS store, which the sync"
                        + " does not fetch");
            }
            return bytes;
        } catch (MissingObjectException e) {
            throw new IOException("blob " + file.version() + " is not in the fetched copy", e);
        }
    }

    @Override
    public String revision() {
        return revision;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
        if (copy != null) {
            copy.close();
            copy = null;
        }
    }

    /** The bare copy, created when missing; a copy that cannot be opened is cleared and created anew. */
    private Repository open() throws IOException {
        if (Files.isDirectory(directory)) {
            try {
                return new FileRepositoryBuilder()
                        .setGitDir(directory.toFile())
                        .setBare()
                        .setMustExist(true)
                        .build();
            } catch (IOException | RuntimeException damaged) {
                log.warn(
                        "repository '{}': the copy in {} cannot be opened, fetched afresh: {}",
                        config.name(),
                        directory,
                        damaged.getMessage());
            }
            FileUtils.delete(directory.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY);
        }
        Files.createDirectories(directory);
        Repository created = new FileRepositoryBuilder()
                .setGitDir(directory.toFile())
                .setBare()
                .build();
        created.create(true);
        return created;
    }

    /**
     * Fetches the branch's last commit into the copy, unless the copy has it already (the server's refs are listed
     * first, a request that costs little); throws with the reason when it cannot.
     */
    private RevCommit fetch(Repository copy) throws IOException {
        String source = config.branch() == null ? Constants.HEAD : Constants.R_HEADS + config.branch();
        var credentials = config.token() == null
                ? null
                : new UsernamePasswordCredentialsProvider(config.username(), config.token());
        try (var git = new Git(copy)) {
            Ref advertised = Git.lsRemoteRepository()
                    .setRemote(config.url().toString())
                    .setCredentialsProvider(credentials)
                    .setTimeout(timeoutSeconds)
                    .callAsMap()
                    .get(source);
            if (advertised == null || advertised.getObjectId() == null) {
                throw new IOException(
                        config.branch() == null
                                ? "the repository at " + config.url() + " has no default branch (is it empty?)"
                                : "the repository at " + config.url() + " has no branch '" + config.branch() + "'");
            }
            Ref synced = copy.exactRef(SYNCED);
            if (synced == null
                    || !synced.getObjectId().equals(advertised.getObjectId())
                    || !copy.getObjectDatabase().has(synced.getObjectId())) {
                git.fetch()
                        .setRemote(config.url().toString())
                        .setRefSpecs(new RefSpec("+" + source + ":" + SYNCED))
                        .setDepth(1)
                        .setTagOpt(TagOpt.NO_TAGS)
                        .setTimeout(timeoutSeconds)
                        .setCredentialsProvider(credentials)
                        .call();
                compactIfCluttered(git);
            }
        } catch (GitAPIException e) {
            throw new IOException("cannot fetch " + config.url() + ": " + e.getMessage(), e);
        }
        try (var walk = new RevWalk(copy)) {
            return walk.parseCommit(copy.exactRef(SYNCED).getObjectId());
        }
    }

    /**
     * Each fetch adds a pack and leaves the commit before unreachable: once packs or loose objects pile up, the copy is
     * repacked and what no ref reaches is dropped (nothing else uses the copy meanwhile).
     */
    private void compactIfCluttered(Git git) {
        try {
            Properties statistics = git.gc().getStatistics();
            long packs = Long.parseLong(statistics.getProperty("numberOfPackFiles", "0"));
            long loose = Long.parseLong(statistics.getProperty("numberOfLooseObjects", "0"));
            if (packs > MAX_PACKS || loose > MAX_LOOSE_OBJECTS) {
                git.gc().setExpire(new Date()).call();
            }
        } catch (GitAPIException | RuntimeException e) {
            log.warn("repository '{}': the copy in {} not compacted: {}", config.name(), directory, e.getMessage());
        }
    }

    private boolean directoryExists(RevCommit commit) throws IOException {
        return TreeWalk.forPath(copy, config.path(), commit.getTree()) != null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
