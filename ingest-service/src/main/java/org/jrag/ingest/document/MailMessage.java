package org.jrag.ingest.document;

import java.util.List;

/**
 * A mail message as its file holds it, whatever the format (MIME's {@code .eml}, Outlook's {@code .msg}): what {@link
 * MailText} writes the document's text from.
 *
 * @param subject its subject, or null
 * @param from who sent it ({@code Name <address>}, comma-separated where several), or null
 * @param to its recipients, the same way, or null
 * @param cc its copy recipients, or null
 * @param date when it was sent, as the message gives it, or null
 * @param bodies its body texts in order (HTML already read as text)
 * @param attachments its attachments in order
 */
record MailMessage(
        String subject,
        String from,
        String to,
        String cc,
        String date,
        List<String> bodies,
        List<Attachment> attachments) {

    MailMessage {
        bodies = List.copyOf(bodies);
        attachments = List.copyOf(attachments);
    }

    /**
     * A file attached (its bytes, with the name and media type the message declares for them; the type may be null)
     * or a message attached (forwarded, {@code message} set and no bytes).
     */
    record Attachment(String name, String mediaType, byte[] bytes, MailMessage message) {}
}
