package org.jrag.engine.tokenizer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns a stream of token pieces into text as it arrives, holding back the bytes of a UTF-8 character that
 * byte-fallback tokens have only partly produced (an emoji can span four tokens).
 */
public final class Utf8StreamDecoder {
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** Appends bytes and returns the text that is now complete (possibly empty). */
    public String accept(byte[] piece) {
        pending.writeBytes(piece);
        byte[] b = pending.toByteArray();
        int complete = completePrefix(b);
        pending.reset();
        pending.write(b, complete, b.length - complete);
        return new String(b, 0, complete, StandardCharsets.UTF_8);
    }

    /** Whatever is left, malformed bytes replaced. */
    public String flush() {
        String s = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        return s;
    }

    /** Length of the longest prefix that does not end inside a (possibly valid) multi-byte sequence. */
    private static int completePrefix(byte[] b) {
        int n = b.length;
        // look back at most 3 bytes for a lead byte whose sequence is not finished yet
        for (int back = 1; back <= Math.min(3, n); back++) {
            int c = b[n - back] & 0xFF;
            if ((c & 0xC0) == 0x80) {
                continue; // continuation byte
            }
            int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            return len > back ? n - back : n;
        }
        return n;
    }
}
