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

/**
 * Reads an e-mail message (RFC 5322 with MIME, an {@code .eml} file as mail clients save and export them) into the text
 * {@link MailText} writes: of a {@code multipart/alternative} body the plain text (else the HTML, read as a page is),
 * the attachments with the names and types their parts declare (encoded names decoded), a message forwarded as an
 * attachment ({@code message/rfc822}) read the same way.
 */
final class EmailParser implements DocumentParser {

    static final String MEDIA_TYPE = "message/rfc822";

    /** A message has at least one of these; text that has none is no message. */
    private static final String[] MESSAGE_FIELDS = {"From", "To", "Subject", "Date", "Message-ID", "MIME-Version"};

    private static final Session SESSION = Session.getInstance(new Properties());

    private final Function<DocumentFormat, DocumentParser> parsers;

    /** @param parsers the parser of each format, for the HTML body and the attachments */
    EmailParser(Function<DocumentFormat, DocumentParser> parsers) {
        this.parsers = parsers;
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        try {
            var message = new MimeMessage(SESSION, new ByteArrayInputStream(content));
            if (Arrays.stream(MESSAGE_FIELDS).allMatch(field -> header(message, field) == null)) {
                throw new CorruptDocumentException(
                        MEDIA_TYPE, "no header field of a message (" + String.join(", ", MESSAGE_FIELDS) + ")");
            }
            return new MailText(parsers).parsed(mail(message));
        } catch (MessagingException | IOException e) {
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
    }

    private MailMessage mail(MimeMessage message) throws MessagingException, IOException {
        var bodies = new ArrayList<String>();
        var attachments = new ArrayList<MailMessage.Attachment>();
        collect(message, bodies, attachments);
        return new MailMessage(
                subject(message),
                addresses(message.getFrom()),
                addresses(message.getRecipients(Message.RecipientType.TO)),
                addresses(message.getRecipients(Message.RecipientType.CC)),
                message.getHeader("Date", null),
                bodies,
                attachments);
    }

    private void collect(Part part, List<String> bodies, List<MailMessage.Attachment> attachments)
            throws MessagingException, IOException {
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
                collect(best, bodies, attachments);
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), bodies, attachments);
            }
        } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage forwarded) {
            attachments.add(new MailMessage.Attachment(fileName(part), MEDIA_TYPE, null, mail(forwarded)));
        } else if (isAttachment(part) || !part.isMimeType("text/*")) {
            String type = new ContentType(part.getContentType()).getBaseType();
            attachments.add(new MailMessage.Attachment(fileName(part), type, bytes(part), null));
        } else if (part.isMimeType("text/html")) {
            bodies.add(parsers.apply(DocumentFormat.HTML)
                    .parse(text(part).getBytes(StandardCharsets.UTF_8))
                    .text());
        } else {
            bodies.add(text(part));
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

    /** A part's bytes; a text part's in UTF-8 whatever its charset on the wire, as the text parsers read them. */
    private static byte[] bytes(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return text(part).getBytes(StandardCharsets.UTF_8);
        }
        try (var in = part.getInputStream()) {
            return in.readAllBytes();
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

    /** {@code Name <address>, ...}, each name as written (not quoted as the header needs it), or null for none. */
    private static String addresses(Address[] addresses) {
        if (addresses == null || addresses.length == 0) {
            return null;
        }
        return Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet
                        ? internet.getPersonal() != null
                                ? internet.getPersonal() + " <" + internet.getAddress() + ">"
                                : internet.getAddress()
                        : address.toString())
                .collect(Collectors.joining(", "));
    }
}
