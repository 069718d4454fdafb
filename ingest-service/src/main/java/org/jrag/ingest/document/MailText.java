package org.jrag.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jrag.ingest.problem.IngestException;
import org.jrag.ingest.problem.UnsupportedDocumentTypeException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Writes a mail message's text: the subject opens it (a heading), then who wrote to whom and when (From, To, Cc, Date)
 * and the attachments' names, then the body, then each attachment of a supported format as a section of its own
 * ({@code Attachment: report.pdf}), parsed as its upload would be (a scanned PDF by OCR), and each message forwarded as
 * an attachment the same way, a heading level down. Images are left out (logos and signatures, mostly); an attachment
 * that cannot be read is named with why, and does not stop the message from being read.
 */
final class MailText {

    private final Function<DocumentFormat, DocumentParser> parsers;

    /** @param parsers the parser of each format, for the attachments */
    MailText(Function<DocumentFormat, DocumentParser> parsers) {
        this.parsers = parsers;
    }

    ParsedDocument parsed(MailMessage message) {
        var text = new SectionedText();
        int ocrPages = write(message, 1, text);
        ParsedDocument parsed = text.parsed(message.subject());
        return new ParsedDocument(parsed.text(), parsed.title(), parsed.sections(), parsed.pages(), ocrPages);
    }

    /** An attachment as read: a parsed document, or null with the reason it was not read. */
    private record Read(MailMessage.Attachment attachment, ParsedDocument parsed, String reason) {

        String described() {
            return reason == null ? attachment.name() : attachment.name() + " (not read: " + reason + ")";
        }
    }

    /** Writes the message under a heading of {@code level}; the pages its attachments had read by OCR. */
    private int write(MailMessage message, int level, SectionedText text) {
        List<Read> attachments = message.attachments().stream().map(this::read).toList();
        text.add(message.subject() == null ? "(no subject)" : message.subject(), level);
        var header = new ArrayList<String>();
        field(header, "From", message.from());
        field(header, "To", message.to());
        field(header, "Cc", message.cc());
        field(header, "Date", message.date());
        if (!attachments.isEmpty()) {
            header.add(
                    "Attachments: " + attachments.stream().map(Read::described).collect(Collectors.joining(", ")));
        }
        text.add(String.join("\n", header), 0);
        for (String body : message.bodies()) {
            text.add(body.replace("\r\n", "\n").strip(), 0);
        }
        int ocrPages = 0;
        int below = Math.min(6, level + 1);
        for (Read read : attachments) {
            if (read.attachment().message() != null) {
                ocrPages += write(read.attachment().message(), below, text);
            } else if (read.parsed() != null) {
                text.add("Attachment: " + read.attachment().name(), below);
                text.add(read.parsed().text().strip(), 0);
                ocrPages += read.parsed().ocrPages();
            }
        }
        return ocrPages;
    }

    private Read read(MailMessage.Attachment attachment) {
        if (attachment.message() != null) {
            return new Read(attachment, null, null);
        }
        try {
            DetectedFormat format = FormatDetector.detect(
                    attachment.bytes(), declared(attachment.mediaType()), attachment.mediaType(), attachment.name());
            if (format.format().isImage()) {
                return new Read(attachment, null, "an image");
            }
            ParsedDocument parsed = parsers.apply(format.format()).parse(attachment.bytes());
            return parsed.text().isBlank() ? new Read(attachment, null, "no text") : new Read(attachment, parsed, null);
        } catch (UnsupportedDocumentTypeException e) {
            return new Read(attachment, null, "not a supported format");
        } catch (IngestException | IllegalArgumentException e) {
            return new Read(attachment, null, e.getMessage());
        }
    }

    /** The supported format a declared type names, or null (none, a generic or unknown one: the bytes and name tell). */
    private static DocumentFormat declared(String mediaType) {
        try {
            return mediaType == null
                    ? null
                    : DocumentFormat.of(MediaType.parseMediaType(mediaType)).orElse(null);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static void field(List<String> header, String name, String value) {
        if (value != null && !value.isBlank()) {
            header.add(name + ": " + value.strip());
        }
    }
}
