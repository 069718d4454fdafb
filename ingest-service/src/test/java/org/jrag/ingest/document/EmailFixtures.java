package org.jrag.ingest.document;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.util.Properties;

/** E-mail messages for tests, written by Jakarta Mail as a mail client writes them. */
public final class EmailFixtures {

    private static final Session SESSION = Session.getInstance(new Properties());

    private EmailFixtures() {}

    /** A message from Ann to Bob and Carla; {@code parts} make its body (a multipart/mixed when more than one). */
    public static MimeMessage message(String subject, MimeBodyPart... parts) {
        try {
            var message = new MimeMessage(SESSION);
            message.setFrom(new InternetAddress("ann@example.com", "Ann Example", "UTF-8"));
            message.setRecipients(Message.RecipientType.TO, "bob@example.com, Carla <carla@example.com>");
            message.setHeader("Date", "Thu, 3 Dec 2026 09:30:00 +0100");
            message.setSubject(subject, "UTF-8");
            if (parts.length == 1) {
                message.setDataHandler(parts[0].getDataHandler());
            } else {
                var mixed = new MimeMultipart("mixed");
                for (MimeBodyPart part : parts) {
                    mixed.addBodyPart(part);
                }
                message.setContent(mixed);
            }
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message as an {@code .eml} file holds it. */
    public static byte[] eml(MimeMessage message) {
        try {
            var out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MimeBodyPart text(String text) {
        try {
            var part = new MimeBodyPart();
            part.setText(text, "UTF-8");
            return part;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MimeBodyPart html(String html) {
        try {
            var part = new MimeBodyPart();
            part.setContent(html, "text/html; charset=UTF-8");
            return part;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text and HTML of one body, as mail clients send both. */
    public static MimeBodyPart alternative(String text, String html) {
        try {
            var alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text(text));
            alternative.addBodyPart(html(html));
            var part = new MimeBodyPart();
            part.setContent(alternative);
            return part;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MimeBodyPart attachment(String fileName, String mediaType, byte[] bytes) {
        try {
            var part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, mediaType)));
            part.setFileName(fileName);
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            return part;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message forwarded as an attachment ({@code message/rfc822}). */
    public static MimeBodyPart forwarded(MimeMessage message) {
        try {
            var part = new MimeBodyPart();
            part.setContent(message, "message/rfc822");
            return part;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
