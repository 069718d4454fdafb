package org.jrag.ingest.mailbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;
import org.jrag.ingest.oauth.OAuth2Tokens;

/**
 * An IMAP account's folders, read only (nothing is marked seen, moved or deleted): every message is a file {@code
 * <folder>/<UIDVALIDITY>/<UID>.eml}, whose bytes are the message as the server keeps it. A message's UID never names
 * another message while the folder's UIDVALIDITY stands, so a message is downloaded once; a new UIDVALIDITY (the server
 * renumbered the folder) makes every message a new file, read again, and the old ones gone. One connection serves a
 * whole sync; {@link #close()} ends it.
 */
final class ImapStore implements MirrorStore, AutoCloseable {

    private final MailboxSyncProperties.Mailbox mailbox;
    private final OAuth2Tokens tokens;
    private final Map<String, Folder> open = new HashMap<>();
    private Store store;

    ImapStore(MailboxSyncProperties.Mailbox mailbox, OAuth2Tokens tokens) {
        this.mailbox = mailbox;
        this.tokens = tokens;
    }

    @Override
    public List<MirrorFile> list() throws IOException {
        var files = new ArrayList<MirrorFile>();
        try {
            for (String name : mailbox.folders()) {
                Folder folder = folder(name);
                long validity = ((UIDFolder) folder).getUIDValidity();
                Message[] messages = folder.getMessages();
                var profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                profile.add(FetchProfile.Item.SIZE);
                profile.add(FetchProfile.Item.ENVELOPE); // INTERNALDATE comes with it
                folder.fetch(messages, profile);
                for (Message message : messages) {
                    if (message.isExpunged()) {
                        continue;
                    }
                    long uid = ((UIDFolder) folder).getUID(message);
                    var received = message.getReceivedDate();
                    files.add(new MirrorFile(
                            name + "/" + validity + "/" + uid + ".eml",
                            Math.max(0, message.getSize()),
                            received == null ? 0 : TimeUnit.MILLISECONDS.toNanos(received.getTime()),
                            Long.toString(validity)));
                }
            }
            return files;
        } catch (MessagingException | RuntimeException e) {
            throw new IOException("cannot list " + mailbox.location() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        String path = file.path();
        int uidAt = path.lastIndexOf('/');
        int validityAt = path.lastIndexOf('/', uidAt - 1);
        String name = path.substring(0, validityAt);
        long uid = Long.parseLong(path.substring(uidAt + 1, path.length() - ".eml".length()));
        try {
            Folder folder = folder(name);
            Message message = ((UIDFolder) folder).getMessageByUID(uid);
            if (message == null) {
                throw new IOException("message " + uid + " of " + name + " is gone from " + mailbox.location());
            }
            var out = new ByteArrayOutputStream(Math.max(0, (int) Math.min(limit, message.getSize())));
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IOException("cannot read " + path + " from " + mailbox.location() + ": " + e.getMessage(), e);
        }
    }

    /** The folder, opened read only once per sync. */
    private Folder folder(String name) throws MessagingException, IOException {
        Folder folder = open.get(name);
        if (folder == null) {
            folder = connected().getFolder(name);
            folder.open(Folder.READ_ONLY);
            open.put(name, folder);
        }
        return folder;
    }

    private Store connected() throws MessagingException, IOException {
        if (store == null) {
            boolean ssl = mailbox.security() == MailboxSyncProperties.Security.SSL;
            String protocol = ssl ? "imaps" : "imap";
            var properties = new Properties();
            properties.put("mail.store.protocol", protocol);
            properties.put("mail." + protocol + ".connectiontimeout", "10000");
            properties.put("mail." + protocol + ".timeout", "60000");
            if (mailbox.security() == MailboxSyncProperties.Security.STARTTLS) {
                properties.put("mail.imap.starttls.enable", "true");
                properties.put("mail.imap.starttls.required", "true");
            }
            if (ssl || mailbox.security() == MailboxSyncProperties.Security.STARTTLS) {
                properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
            }
            String secret = mailbox.password();
            if (mailbox.oauth2() != null) { // the access token in the password's place, sent as XOAUTH2
                properties.put("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
                secret = tokens.token(mailbox.oauth2(), "https://outlook.office365.com/.default");
            }
            Store connecting = Session.getInstance(properties).getStore(protocol);
            connecting.connect(mailbox.host(), mailbox.port(), mailbox.username(), secret);
            store = connecting;
        }
        return store;
    }

    @Override
    public void close() {
        for (Folder folder : open.values()) {
            try {
                folder.close(false);
            } catch (MessagingException | RuntimeException e) {
                // the connection is ending anyway
            }
        }
        open.clear();
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                // nothing to keep
            }
            store = null;
        }
    }
}
