package org.jrag.ingest.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jrag.ingest.problem.InvalidUtf8Exception;

/**
 * Decodes UTF-8 strictly: a malformed byte is an error naming its offset, never a silent U+FFFD in stored text.
 * NUL is refused as well, since PostgreSQL text cannot hold it. A leading byte order mark is dropped.
 */
public final class Utf8Decoder {

    private Utf8Decoder() {}

    public static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InvalidUtf8Exception(in.position(), "malformed " + result.length() + "-byte sequence");
        }
        decoder.flush(out);
        // 0x00 never occurs inside a multi-byte sequence, so a NUL char is exactly a zero byte
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InvalidUtf8Exception(i, "NUL character (not storable as text)");
            }
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
