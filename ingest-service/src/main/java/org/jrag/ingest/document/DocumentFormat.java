package org.jrag.ingest.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The document formats the service reads; each one has exactly one {@link DocumentParser}. */
public enum DocumentFormat {
    PLAIN_TEXT("text/plain", true, ".txt", ".text"),
    MARKDOWN("text/markdown", true, ".md", ".markdown"),
    HTML("text/html", true, ".html", ".htm", ".xhtml"),
    PDF("application/pdf", false, ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, ".xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false, ".pptx"),
    CSV("text/csv", true, ".csv"),
    TSV("text/tab-separated-values", true, ".tsv", ".tab"),
    ODT("application/vnd.oasis.opendocument.text", false, ".odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", false, ".ods"),
    ODP("application/vnd.oasis.opendocument.presentation", false, ".odp"),
    RTF("application/rtf", false, ".rtf"),
    EPUB("application/epub+zip", false, ".epub"),
    /** Word, Excel and PowerPoint 97-2003 (compound files). */
    DOC("application/msword", false, ".doc"),
    XLS("application/vnd.ms-excel", false, ".xls"),
    PPT("application/vnd.ms-powerpoint", false, ".ppt"),
    /** An e-mail message with its attachments, as mail clients save and export them. */
    EML("message/rfc822", true, ".eml"),
    /** An Outlook message with its attachments ({@code .msg}). */
    MSG("application/vnd.ms-outlook", false, ".msg"),
    /** Images of text (a scanned page, a photographed letter), read by OCR. */
    PNG("image/png", false, ".png"),
    JPEG("image/jpeg", false, ".jpg", ".jpeg"),
    TIFF("image/tiff", false, ".tif", ".tiff");

    private final MediaType mediaType;
    private final boolean text;
    private final List<String> extensions;

    DocumentFormat(String mediaType, boolean text, String... extensions) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.text = text;
        this.extensions = List.of(extensions);
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** Whether the format is text in a charset (so a declared charset matters), rather than binary. */
    public boolean isText() {
        return text;
    }

    /**
     * Whether the format is an image, whose text only OCR reads: folder and site sync leave images out (a site's logos
     * and photos are no documents); uploads and batches take them.
     */
    public boolean isImage() {
        return mediaType.getType().equals("image");
    }

    /** The media types, for error messages and {@code Accept} headers. */
    public static List<String> supportedMediaTypes() {
        return Arrays.stream(values()).map(f -> f.mediaType.toString()).toList();
    }

    /** The file extensions, for error messages. */
    public static List<String> supportedExtensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList();
    }

    /** The format of a media type, parameters such as charset ignored. */
    public static Optional<DocumentFormat> of(MediaType type) {
        return Arrays.stream(values())
                .filter(f -> f.mediaType.equalsTypeAndSubtype(type))
                .findFirst();
    }

    /** The format a file name's extension implies. */
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
