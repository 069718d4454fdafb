package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.jrag.ingest.problem.CorruptDocumentException;

/**
 * Reads an Outlook message ({@code .msg}, the compound file Outlook saves and drags out) with POI's HSMF into the text
 * {@link MailText} writes, as an {@code .eml} is: the plain-text body (else the HTML one, read as a page is, else the RTF one), the
 * sender's name and SMTP address, the recipients as Outlook shows them, the date from the message's own header lines
 * where it kept them (else its submit time), the attached files, and attached Outlook items read the same way.
 */
final class MsgParser implements DocumentParser {

    static final String MEDIA_TYPE = "application/vnd.ms-outlook";

    private final Function<DocumentFormat, DocumentParser> parsers;

    /** @param parsers the parser of each format, for the HTML body and the attachments */
    MsgParser(Function<DocumentFormat, DocumentParser> parsers) {
        this.parsers = parsers;
    }

    @Override
    public ParsedDocument parse(byte[] content) {
        try (var message = new MAPIMessage(new ByteArrayInputStream(content))) {
            return new MailText(parsers).parsed(mail(message));
        } catch (IOException | RuntimeException e) { // POI signals a broken file with runtime exceptions too
            throw new CorruptDocumentException(MEDIA_TYPE, e.getMessage());
        }
    }

    private MailMessage mail(MAPIMessage message) throws IOException {
        message.setReturnNullOnMissingChunk(true);
        if (!message.has7BitEncodingStrings()) {
            message.guess7BitEncoding();
        }
        try {
            var bodies = new ArrayList<String>();
            String text = message.getTextBody();
            if (text != null && !text.isBlank()) {
                bodies.add(text);
            } else if (message.getHtmlBody() != null) {
                bodies.add(parsers.apply(DocumentFormat.HTML)
                        .parse(message.getHtmlBody().getBytes(StandardCharsets.UTF_8))
                        .text());
            } else if (message.getRtfBody() != null) { // decompressed; RTF is 7-bit, escapes carry the rest
                bodies.add(parsers.apply(DocumentFormat.RTF)
                        .parse(message.getRtfBody().getBytes(StandardCharsets.ISO_8859_1))
                        .text());
            }
            var attachments = new ArrayList<MailMessage.Attachment>();
            for (AttachmentChunks attachment : message.getAttachmentFiles()) {
                String name = name(attachment);
                if (attachment.isEmbeddedMessage()) {
                    attachments.add(
                            new MailMessage.Attachment(name, MEDIA_TYPE, null, mail(attachment.getEmbeddedMessage())));
                } else if (attachment.getAttachData() != null) {
                    attachments.add(new MailMessage.Attachment(
                            name,
                            value(attachment.getAttachMimeTag()),
                            attachment.getAttachData().getValue(),
                            null));
                }
            }
            return new MailMessage(
                    blankToNull(message.getSubject()),
                    from(message),
                    recipients(message.getDisplayTo()),
                    recipients(message.getDisplayCC()),
                    date(message),
                    bodies,
                    attachments);
        } catch (ChunkNotFoundException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The attachment's long file name, else its short one, else what Outlook shows for it. */
    private static String name(AttachmentChunks attachment) {
        for (StringChunk chunk : Arrays.asList(
                attachment.getAttachLongFileName(),
                attachment.getAttachFileName(),
                attachment.getAttachDisplayName())) {
            String value = value(chunk);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return attachment.isEmbeddedMessage() ? "(attached message)" : "(unnamed attachment)";
    }

    /** {@code Name <address>}: the SMTP address only where Outlook kept one (not an Exchange directory name). */
    private static String from(MAPIMessage message) throws ChunkNotFoundException {
        String name = blankToNull(message.getDisplayFrom());
        String address = value(message.getMainChunks().getEmailFromChunk());
        if (address == null || !address.contains("@")) {
            return name;
        }
        return name == null || name.equals(address) ? address : name + " <" + address + ">";
    }

    /** Outlook's display list ({@code Bob; Carla}) the way the other fields read ({@code Bob, Carla}). */
    private static String recipients(String display) {
        if (display == null || display.isBlank()) {
            return null;
        }
        return Arrays.stream(display.split(";"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /** The Date header line where the message kept its internet headers, else its submit time in RFC 1123 form. */
    private static String date(MAPIMessage message) throws ChunkNotFoundException {
        String[] headers = message.getHeaders();
        if (headers != null) {
            for (String line : headers) {
                if (line.regionMatches(true, 0, "Date:", 0, 5)) {
                    return line.substring(5).strip();
                }
            }
        }
        Calendar sent = message.getMessageDate();
        return sent == null
                ? null
                : DateTimeFormatter.RFC_1123_DATE_TIME
                        .withLocale(Locale.ROOT)
                        .format(sent.toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String value(StringChunk chunk) {
        return chunk == null ? null : chunk.getValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
