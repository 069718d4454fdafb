package org.jrag.ingest.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The document formats the service reads; each one has exactly one {@link DocumentParser}. */
public enum DocumentFormat {
    PLAIN_TEXT("text/plain", ".txt"),
    MARKDOWN("text/markdown", ".md", ".markdown");

    private final MediaType mediaType;
    private final List<String> extensions;

    DocumentFormat(String mediaType, String... extensions) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extensions = List.of(extensions);
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The media types, for error messages and {@code Accept} headers. */
    public static List<String> supportedMediaTypes() {
        return Arrays.stream(values()).map(f -> f.mediaType.toString()).toList();
    }

    /** The format of a media type, parameters such as charset ignored. */
    public static Optional<DocumentFormat> of(MediaType type) {
        return Arrays.stream(values())
                .filter(f -> f.mediaType.equalsTypeAndSubtype(type))
                .findFirst();
    }

    /** The format a file name's extension implies, for multipart parts sent as application/octet-stream. */
    public static Optional<DocumentFormat> ofFilename(String filename) {
        if (filename == null) {
            return Optional.empty();
        }
        String lower = filename.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.extensions.stream().anyMatch(lower::endsWith))
                .findFirst();
    }
}
