package org.jrag.ingest.mirror;

import java.util.List;
import org.jrag.ingest.document.DocumentMetadata;

/**
 * One file of a mirrored store as its listing shows it.
 *
 * @param path the path relative to the store's root, with {@code /} between its parts
 * @param size its size in bytes
 * @param modifiedNanos its modification time in epoch nanoseconds
 * @param version what else the store says changes with the bytes (an object's ETag), or null
 * @param url where a reader opens the file (a SharePoint page, a Git host's view of it), stored as its document's url
 *     and cited with it; or null
 * @param readers who may read the file where the store says so itself (a Confluence page's view restrictions), its
 *     document's readers in place of the mirror's; null: the mirror's
 */
public record MirrorFile(String path, long size, long modifiedNanos, String version, String url, List<String> readers) {

    public MirrorFile {
        url = link(url);
        readers = readers == null ? null : DocumentMetadata.checkReaders(readers);
    }

    /** A file without a link. */
    public MirrorFile(String path, long size, long modifiedNanos, String version) {
        this(path, size, modifiedNanos, version, null);
    }

    /** A file whose readers are the mirror's. */
    public MirrorFile(String path, long size, long modifiedNanos, String version, String url) {
        this(path, size, modifiedNanos, version, url, null);
    }

    /** The URL when a document may hold it as its url, else null (a link is not worth a failure). */
    private static String link(String url) {
        return url == null
                        || url.isBlank()
                        || url.length() > DocumentMetadata.MAX_TEXT_LENGTH
                        || !DocumentMetadata.isWebUrl(url)
                ? null
                : url;
    }
}
