package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jrag.ingest.problem.UnsupportedDocumentTypeException;

/**
 * Decides a document's format from its bytes, because a Content-Type header or a file name is only a claim: a PDF
 * starts with {@code %PDF-}, a Word document is a zip archive naming {@code word/document.xml} (a workbook
 * {@code xl/workbook.xml}, a presentation {@code ppt/presentation.xml}), an OpenDocument file is a zip archive whose
 * first entry, {@code mimetype}, names its kind (an EPUB book's the same way), any other zip archive starts with {@code PK}, images (PNG, JPEG,
 * TIFF) with their signatures, a compound file (OLE2) by the streams at its root (Word, Excel and PowerPoint 97-2003,
 * an Outlook message), Rich Text Format by its opening control word (rtf),
 * an HTML page with {@code <!doctype html>} or {@code <html>}, an e-mail by its header fields. Where the content shows a
 * format, it wins over the declaration and the mismatch is reported; where it shows only "some text", a declared text
 * format (plain, Markdown, an HTML fragment) stands and binary declarations fall back to plain text; bytes that show
 * nothing readable keep the declared format, whose parser then says precisely what is wrong (invalid UTF-8, a corrupt
 * PDF).
 */
public final class FormatDetector {

    /** How far into the bytes signatures are looked for; PDF readers accept a header within the first kilobyte. */
    private static final int SNIFF_BYTES = 1024;

    /** How far into the bytes an e-mail's header is looked for. */
    private static final int HEADER_BYTES = 16 * 1024;

    /** A header field's name and colon, as RFC 5322 has them (printable ASCII but the colon). */
    private static final Pattern HEADER_FIELD = Pattern.compile("([!-9;-~]+):");

    private static final Pattern HTML_START = Pattern.compile(
            "^(?:\\s|<\\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private enum Sniffed {
        PDF,
        DOCX,
        XLSX,
        PPTX,
        ODT,
        ODS,
        ODP,
        DOC,
        XLS,
        PPT,
        MSG,
        RTF,
        EPUB,
        EMAIL,
        PNG,
        JPEG,
        TIFF,
        ZIP,
        HTML,
        TEXT,
        BINARY
    }

    /** A compound file's (OLE2) signature: legacy Office documents, Outlook messages. */
    private static final String OLE2 = "\u00D0\u00CF\u0011\u00E0";

    /** Binary formats that are recognised only to be refused with their name. */
    private static final List<Map.Entry<String, String>> KNOWN_BINARY = List.of(
            Map.entry("GIF8", "a GIF image"),
            Map.entry("\u001F\u008B", "gzip data"),
            Map.entry(OLE2, "an OLE2 compound file that is no Word, Excel, PowerPoint or Outlook file"),
            Map.entry("RIFF", "a RIFF file (audio or video)"));

    private FormatDetector() {}

    /**
     * @param declared the format the client declared, or null when it declared none (or a generic type)
     * @param declaredMediaType what the client declared, as it said it, for the report; null for nothing
     * @param filename the uploaded file's name, or null
     */
    public static DetectedFormat detect(
            byte[] content, DocumentFormat declared, String declaredMediaType, String filename) {
        DocumentFormat claimed = declared != null
                ? declared
                : DocumentFormat.ofFilename(filename).orElse(null);
        Sniffed sniffed = sniff(content);
        DocumentFormat format = switch (sniffed) {
            case PDF -> DocumentFormat.PDF;
            case DOCX -> DocumentFormat.DOCX;
            case XLSX -> DocumentFormat.XLSX;
            case PPTX -> DocumentFormat.PPTX;
            case ODT -> DocumentFormat.ODT;
            case ODS -> DocumentFormat.ODS;
            case ODP -> DocumentFormat.ODP;
            case DOC -> DocumentFormat.DOC;
            case XLS -> DocumentFormat.XLS;
            case PPT -> DocumentFormat.PPT;
            case MSG -> DocumentFormat.MSG;
            case RTF -> DocumentFormat.RTF;
            case EPUB -> DocumentFormat.EPUB;
            case EMAIL -> DocumentFormat.EML;
            case PNG -> DocumentFormat.PNG;
            case JPEG -> DocumentFormat.JPEG;
            case TIFF -> DocumentFormat.TIFF;
            case HTML -> DocumentFormat.HTML;
            case ZIP ->
                throw new UnsupportedDocumentTypeException(
                        "content is a zip archive (" + describe(declaredMediaType, filename)
                                + "); send archives to POST /v1/collections/{name}/documents/batch",
                        supported());
            case TEXT -> claimed != null && claimed.isText() ? claimed : DocumentFormat.PLAIN_TEXT;
            case BINARY -> {
                String known = knownBinary(content);
                if (claimed == null || known != null) {
                    throw new UnsupportedDocumentTypeException(
                            "content is not a supported format: "
                                    + (known != null ? known : "binary data without a known signature")
                                    + " (" + describe(declaredMediaType, filename) + ")",
                            supported());
                }
                yield claimed;
            }
        };
        String mismatch = claimed == null || claimed == format
                ? null
                : "declared " + claimed.mediaType() + " (" + describe(declaredMediaType, filename)
                        + ") but the content is " + format.mediaType() + "; parsed as " + format.mediaType();
        return new DetectedFormat(format, declaredMediaType, mismatch);
    }

    private static Sniffed sniff(byte[] content) {
        int n = Math.min(content.length, SNIFF_BYTES);
        if (startsWith(content, 0, "PK\u0003\u0004") || startsWith(content, 0, "PK\u0005\u0006")) {
            Sniffed openDocument = openDocument(content);
            if (openDocument != null) {
                return openDocument;
            }
            // an Office package names its main part in the zip's (uncompressed) file headers
            if (!contains(content, "[Content_Types].xml")) {
                return Sniffed.ZIP;
            }
            if (contains(content, "word/document.xml")) {
                return Sniffed.DOCX;
            }
            if (contains(content, "xl/workbook.xml")) {
                return Sniffed.XLSX;
            }
            return contains(content, "ppt/presentation.xml") ? Sniffed.PPTX : Sniffed.ZIP;
        }
        if (startsWith(content, 0, "{\\rtf")) {
            return Sniffed.RTF;
        }
        if (startsWith(content, 0, "\u0089PNG\r\n\u001A\n")) {
            return Sniffed.PNG;
        }
        if (startsWith(content, 0, "\u00FF\u00D8\u00FF")) {
            return Sniffed.JPEG;
        }
        if (startsWith(content, 0, "II*\u0000") || startsWith(content, 0, "MM\u0000*")) {
            return Sniffed.TIFF;
        }
        for (int i = 0; i + 5 <= n; i++) {
            if (startsWith(content, i, "%PDF-")) {
                return Sniffed.PDF;
            }
        }
        if (startsWith(content, 0, OLE2)) {
            Sniffed legacy = compoundFile(content);
            if (legacy != null) {
                return legacy;
            }
        }
        if (knownBinary(content) != null) {
            return Sniffed.BINARY;
        }
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return Sniffed.BINARY;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (controls > 0 && controls * 20 > n) { // more than 5% control bytes: not text
            return Sniffed.BINARY;
        }
        String head = new String(content, 0, n, StandardCharsets.UTF_8);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        if (HTML_START.matcher(head).lookingAt()) {
            return Sniffed.HTML;
        }
        return isMessageHeader(content) ? Sniffed.EMAIL : Sniffed.TEXT;
    }

    /**
     * An OpenDocument file's (or an EPUB book's) kind from its first entry, {@code mimetype}, stored uncompressed right
     * after its local header (templates count as their kind); null when the archive does not start so.
     */
    private static Sniffed openDocument(byte[] content) {
        if (startsWith(content, 30, "mimetype") && startsWith(content, 38, "application/epub+zip")) {
            return Sniffed.EPUB; // an EPUB's mimetype entry, stored first as OpenDocument's is
        }
        String prefix = "application/vnd.oasis.opendocument.";
        int from = 30 + "mimetype".length(); // the local file header's fixed part, then the entry's name
        if (content.length < from + prefix.length() || !startsWith(content, 30, "mimetype")) {
            return null;
        }
        int at = from;
        while (at < Math.min(content.length, from + 64) && !startsWith(content, at, prefix)) {
            at++; // past an extra field, if the writer added one
        }
        if (!startsWith(content, at, prefix)) {
            return null;
        }
        var kind = new StringBuilder();
        for (int i = at + prefix.length(); i < content.length && content[i] >= 'a' && content[i] <= 'z'; i++) {
            kind.append((char) content[i]);
        }
        return switch (kind.toString()) {
            case "text" -> Sniffed.ODT;
            case "spreadsheet" -> Sniffed.ODS;
            case "presentation" -> Sniffed.ODP;
            default -> null;
        };
    }

    /**
     * A compound file's (OLE2) kind from the streams at its root: {@code WordDocument} for Word 97-2003, {@code Workbook}
     * (or Excel 5's {@code Book}) for Excel, {@code PowerPoint Document} for PowerPoint, {@code __substg1.0_...}
     * property streams for an Outlook message; null for another kind or a broken file (refused as legacy Office).
     */
    private static Sniffed compoundFile(byte[] content) {
        try (var file = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = file.getRoot();
            if (root.hasEntry("WordDocument")) {
                return Sniffed.DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Sniffed.XLS;
            }
            if (root.hasEntry("PowerPoint Document")) {
                return Sniffed.PPT;
            }
            for (Entry entry : root) {
                if (entry.getName().startsWith("__substg1.0_")) {
                    return Sniffed.MSG;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) { // POIFS signals a broken file with runtime exceptions too
            return null;
        }
    }

    /**
     * Whether the text opens with an e-mail's header (RFC 5322): from its first line to a blank line (or the end of its
     * first {@value #HEADER_BYTES} bytes, since servers stack long {@code Received} and signature fields on top)
     * nothing but header fields and their folded continuations, at least three fields, {@code From} (or a {@code
     * Received} or {@code Return-Path} a server added) and one of {@code Date}, {@code Subject} or {@code Message-ID}
     * among them.
     */
    private static boolean isMessageHeader(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, HEADER_BYTES), StandardCharsets.UTF_8);
        var fields = new HashSet<String>();
        String[] lines = head.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                break;
            }
            if (i > 0 && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                continue; // a folded line of the field before
            }
            Matcher field = HEADER_FIELD.matcher(line);
            if (!field.lookingAt()) {
                if (i == lines.length - 1) {
                    break; // cut off by the sniffing window
                }
                return false;
            }
            fields.add(field.group(1).toLowerCase(Locale.ROOT));
        }
        return fields.size() >= 3
                && (fields.contains("from") || fields.contains("received") || fields.contains("return-path"))
                && (fields.contains("date") || fields.contains("subject") || fields.contains("message-id"));
    }

    private static String knownBinary(byte[] content) {
        for (Map.Entry<String, String> magic : KNOWN_BINARY) {
            if (startsWith(content, 0, magic.getKey())) {
                return magic.getValue();
            }
        }
        return null;
    }

    private static boolean contains(byte[] content, String name) {
        for (int i = 0; i + name.length() <= content.length; i++) {
            if (content[i] == name.charAt(0) && startsWith(content, i, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int at, String signature) {
        if (content.length - at < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (content[at + i] != (byte) signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(String declaredMediaType, String filename) {
        var parts = new ArrayList<String>(2);
        if (declaredMediaType != null) {
            parts.add("Content-Type '" + declaredMediaType + "'");
        }
        if (filename != null) {
            parts.add("file name '" + filename + "'");
        }
        return parts.isEmpty() ? "nothing declared" : String.join(", ", parts);
    }

    static List<String> supported() {
        var supported = new ArrayList<>(DocumentFormat.supportedMediaTypes());
        supported.add("multipart/form-data");
        return supported;
    }
}
