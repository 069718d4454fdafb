package org.jrag.ingest.mirror;

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
 */
public record MirrorFile(String path, long size, long modifiedNanos, String version, String url) {

    public MirrorFile {
        url = link(url);
    }

    /** A file without a link. */
    public MirrorFile(String path, long size, long modifiedNanos, String version) {
        this(path, size, modifiedNanos, version, null);
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
