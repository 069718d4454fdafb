package org.jrag.ingest.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;

/** A directory's regular files, read recursively; symbolic links are not followed. */
record DirectoryStore(Path root) implements MirrorStore {

    @Override
    public List<MirrorFile> list() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a readable directory: " + root);
        }
        var files = new ArrayList<MirrorFile>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(new MirrorFile(
                            root.relativize(file).toString().replace('\\', '/'),
                            Files.size(file),
                            Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
                                    .to(TimeUnit.NANOSECONDS),
                            null));
                }
            }
        }
        return files;
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(root.resolve(file.path()), LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }
}
