package org.jrag.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Outlook messages ({@code .msg}) for tests, written as [MS-OXMSG] lays them out: a compound file whose property
 * streams are named {@code __substg1.0_<property id><type>} (strings UTF-16LE), each attachment a storage {@code
 * __attach_version1.0_#<n>} with its name, media type and data, an attached Outlook item a storage of its own within
 * it. (POI reads these files but does not write them.)
 */
public final class MsgFixtures {

    private MsgFixtures() {}

    /**
     * An Outlook item: its string properties by MAPI property id, its attachments, and an RTF body (stored as
     * compressed RTF's uncompressed form) or null.
     */
    public record Item(Map<Integer, String> strings, List<Attached> attachments, String rtfBody) {

        public Item(Map<Integer, String> strings, List<Attached> attachments) {
            this(strings, attachments, null);
        }
    }

    /** An attached file, or an attached item ({@code item} set, no bytes). */
    public record Attached(String name, String mediaType, byte[] bytes, Item item) {}

    public static final int SUBJECT = 0x0037;
    public static final int HEADERS = 0x007D;
    public static final int SENDER_NAME = 0x0C1A;
    public static final int SENDER_EMAIL = 0x0C1F;
    public static final int DISPLAY_CC = 0x0E03;
    public static final int DISPLAY_TO = 0x0E04;
    public static final int BODY = 0x1000;
    public static final int HTML_BODY = 0x1013;

    public static byte[] msg(Item item) {
        try (var fs = new POIFSFileSystem()) {
            write(fs.getRoot(), item);
            var out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DirectoryEntry storage, Item item) throws IOException {
        string(storage, 0x001A, "IPM.Note");
        for (Map.Entry<Integer, String> property : item.strings().entrySet()) {
            string(storage, property.getKey(), property.getValue());
        }
        if (item.rtfBody() != null) {
            byte[] raw = item.rtfBody().getBytes(StandardCharsets.ISO_8859_1);
            var compressed = ByteBuffer.allocate(16 + raw.length).order(ByteOrder.LITTLE_ENDIAN);
            compressed.putInt(raw.length + 12).putInt(raw.length).put("MELA".getBytes(StandardCharsets.US_ASCII));
            compressed.putInt(0).put(raw); // "MELA": stored uncompressed, no CRC
            storage.createDocument("__substg1.0_10090102", new ByteArrayInputStream(compressed.array()));
        }
        for (int i = 0; i < item.attachments().size(); i++) {
            Attached attached = item.attachments().get(i);
            DirectoryEntry attachment = storage.createDirectory("__attach_version1.0_#%08X".formatted(i));
            string(attachment, 0x3707, attached.name()); // long file name
            if (attached.item() != null) {
                write(attachment.createDirectory("__substg1.0_3701000D"), attached.item());
            } else {
                string(attachment, 0x370E, attached.mediaType());
                attachment.createDocument("__substg1.0_37010102", new ByteArrayInputStream(attached.bytes()));
            }
        }
    }

    private static void string(DirectoryEntry storage, int property, String value) throws IOException {
        storage.createDocument(
                "__substg1.0_%04X001F".formatted(property),
                new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
    }
}
