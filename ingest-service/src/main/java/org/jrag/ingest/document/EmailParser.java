package org.jrag.ingest.document;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jrag.ingest.problem.CorruptDocumentException;
import org.jrag.ingest.problem.IngestException;
import org.jrag.ingest.problem.UnsupportedDocumentTypeException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads an e-mail message (RFC 5322 with MIME, an {@code .eml} file as mail clients save and export them): the subject
 * is the title and opens the text, then who wrote to whom and when (From, To, Cc, Date) and the attachments' names,
 * then the body (of a {@code multipart/alternative} the plain text, else the HTML read as a page is), then each
 * attachment of a supported format as a section of its own ({@code Attachment: report.pdf}), parsed as its upload
 * would be (a scanned PDF by OCR), and each message forwarded as an attachment the same way, nested a level down.
 * Images are left out (logos and signatures, mostly) and an attachment that cannot be read is named with why, and does
 * not stop the message from being read.
 */
final class EmailParser implements DocumentParser {

    static final String MEDIA_TYPE = "message/rfc822";

    /** A message has at least one of these; text that has none is no message. */
    private static final String[] MESSAGE_FIELDS = {"From", "To", "Subject", "Date", "Message-ID", "MIME-Version"};

    private static final Session SESSION = Session.getInstance(new Properties());

    private final Function<DocumentFormat, DocumentParser> parsers;

    /** @param parsers the parser of each format, for the attachments */
    EmailParser(Function<DocumentFormat, DocumentParser> parsers) {
        this.parsers = parsers;
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(content));
            if (Arrays.stream(MESSAGE_FIELDS).allMatch(field -> header(message, field) == null)) {
                throw new CorruptDocumentException(
                        MEDIA_TYPE, "no header field of a message (" + String.join(", ", MESSAGE_FIELDS) + ")");
            }
        } catch (MessagingException e) {
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
        var text = new SectionedText();
        int ocrPages;
        try {
            ocrPages = write(message, 1, text);
        } catch (MessagingException | IOException e) {
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
        ParsedDocument parsed = text.parsed(subject(message));
        return new ParsedDocument(parsed.text(), parsed.title(), parsed.sections(), parsed.pages(), ocrPages);
    }

    /** Writes the message under a heading of {@code level}; the pages its attachments had read by OCR. */
    private int write(MimeMessage message, int level, SectionedText text) throws MessagingException, IOException {
        var parts = new Parts();
        collect(message, parts);
        var attachments = new ArrayList<Attachment>();
        for (Part part : parts.attachments) {
            attachments.add(read(part));
        }
        String subject = subject(message);
        text.add(subject == null ? "(no subject)" : subject, level);
        var header = new ArrayList<String>();
        addresses(header, "From", message.getFrom());
        addresses(header, "To", message.getRecipients(Message.RecipientType.TO));
        addresses(header, "Cc", message.getRecipients(Message.RecipientType.CC));
        String date = message.getHeader("Date", null);
        if (date != null) {
            header.add("Date: " + date.strip());
        }
        if (!attachments.isEmpty()) {
            header.add("Attachments: "
                    + attachments.stream().map(Attachment::described).collect(Collectors.joining(", ")));
        }
        text.add(String.join("\n", header), 0);
        for (String body : parts.bodies) {
            text.add(body, 0);
        }
        int ocrPages = 0;
        for (Attachment attachment : attachments) {
            if (attachment.message() != null) {
                ocrPages += write(attachment.message(), Math.min(6, level + 1), text);
            } else if (attachment.parsed() != null) {
                text.add("Attachment: " + attachment.name(), Math.min(6, level + 1));
                text.add(attachment.parsed().text().strip(), 0);
                ocrPages += attachment.parsed().ocrPages();
            }
        }
        return ocrPages;
    }

    /** The parts of a message: its body texts in order, and its attachments. */
    private static final class Parts {
        final List<String> bodies = new ArrayList<>();
        final List<Part> attachments = new ArrayList<>();
    }

    private void collect(Part part, Parts parts) throws MessagingException, IOException {
        if (part.isMimeType("multipart/alternative")) {
            Multipart alternatives = (Multipart) part.getContent();
            BodyPart best = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart candidate = alternatives.getBodyPart(i);
                if (best == null || preference(candidate) > preference(best)) {
                    best = candidate;
                }
            }
            if (best != null) {
                collect(best, parts);
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        } else if (isAttachment(part) || !part.isMimeType("text/*")) {
            parts.attachments.add(part);
        } else if (part.isMimeType("text/html")) {
            parts.bodies.add(parsers.apply(DocumentFormat.HTML)
                    .parse(text(part).getBytes(StandardCharsets.UTF_8))
                    .text()
                    .strip());
        } else {
            parts.bodies.add(text(part).strip());
        }
    }

    /** Of the alternatives, the plain text first, then HTML, then a multipart (HTML with its images, mostly). */
    private static int preference(Part part) throws MessagingException {
        return part.isMimeType("text/plain")
                ? 3
                : part.isMimeType("text/html") ? 2 : part.isMimeType("multipart/*") ? 1 : 0;
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
    }

    /**
     * An attachment as read: a forwarded message, or a parsed document, or neither (then {@code reason} says why).
     */
    private record Attachment(String name, MimeMessage message, ParsedDocument parsed, String reason) {

        String described() {
            return reason == null ? name : name + " (not read: " + reason + ")";
        }
    }

    private Attachment read(Part part) throws MessagingException, IOException {
        String name = fileName(part);
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage forwarded) {
            return new Attachment(name, forwarded, null, null);
        }
        byte[] bytes;
        if (part.isMimeType("text/*")) { // in its charset on the wire, in UTF-8 for the text parsers
            bytes = text(part).getBytes(StandardCharsets.UTF_8);
        } else {
            try (var in = part.getInputStream()) {
                bytes = in.readAllBytes();
            }
        }
        String type = new ContentType(part.getContentType()).getBaseType();
        try {
            DetectedFormat format = FormatDetector.detect(bytes, declared(type), type, name);
            if (format.format().isImage()) {
                return new Attachment(name, null, null, "an image");
            }
            ParsedDocument parsed = parsers.apply(format.format()).parse(bytes);
            return parsed.text().isBlank()
                    ? new Attachment(name, null, null, "no text")
                    : new Attachment(name, null, parsed, null);
        } catch (UnsupportedDocumentTypeException e) {
            return new Attachment(name, null, null, "not a supported format");
        } catch (IngestException | IllegalArgumentException e) {
            return new Attachment(name, null, null, e.getMessage());
        }
    }

    /** The supported format a part's type names, or null (a generic or unknown one: the bytes and name tell). */
    private static DocumentFormat declared(String type) {
        try {
            return DocumentFormat.of(MediaType.parseMediaType(type)).orElse(null);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return "(unnamed " + new ContentType(part.getContentType()).getBaseType() + ")";
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }

    /** A text part's text in its charset; an unknown charset is read as UTF-8, what cannot be decoded replaced. */
    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (UnsupportedEncodingException unknownCharset) {
            // below
        }
        try (var in = part.getInputStream()) {
            return new String(in.readAllBytes(), charset(part));
        }
    }

    private static Charset charset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(name));
        } catch (MessagingException | IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String header(MimeMessage message, String field) {
        try {
            return message.getHeader(field, null);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null || subject.isBlank() ? null : subject.strip();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** {@code Name <address>}, the name as written (not quoted as the header needs it), or the bare address. */
    private static String address(Address address) {
        if (address instanceof InternetAddress internet && internet.getPersonal() != null) {
            return internet.getPersonal() + " <" + internet.getAddress() + ">";
        }
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }

    private static void addresses(List<String> header, String field, Address[] addresses) {
        if (addresses != null && addresses.length > 0) {
            header.add(field + ": "
                    + Arrays.stream(addresses).map(EmailParser::address).collect(Collectors.joining(", ")));
        }
    }
}
