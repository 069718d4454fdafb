package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jrag.ingest.problem.InvalidUtf8Exception;
import org.junit.jupiter.api.Test;

class Utf8DecoderTests {

    private static byte[] bytes(String prefix, int... raw) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
        for (int b : raw) {
            out.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void decodesMultiByteTextExactly() {
        String text = "Grüße, 日本語 and 😀 emoji";

        assertThat(Utf8Decoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void reportsTheByteOffsetOfTheFirstInvalidByte() {
        // given: "héllo " is 7 bytes (é takes two), then a stray continuation-less 0xFF, then more bad bytes
        byte[] content = bytes("héllo ", 0xFF, 'x', 0xFE);

        // when / then
        assertThatThrownBy(() -> Utf8Decoder.decode(content))
                .isInstanceOf(InvalidUtf8Exception.class)
                .hasMessage("document is not valid UTF-8 text: malformed 1-byte sequence at byte offset 7")
                .extracting(e -> ((InvalidUtf8Exception) e).byteOffset())
                .isEqualTo(7L);
    }

    @Test
    void reportsLatin1TextAtItsFirstAccentedByte() {
        byte[] latin1 = "café au lait".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Utf8Decoder.decode(latin1))
                .isInstanceOf(InvalidUtf8Exception.class)
                .hasMessageEndingWith("at byte offset 3");
    }

    @Test
    void reportsATruncatedSequenceAtTheEnd() {
        byte[] content = bytes("ab", 0xE2, 0x82); // first two bytes of the three-byte euro sign

        assertThatThrownBy(() -> Utf8Decoder.decode(content))
                .isInstanceOf(InvalidUtf8Exception.class)
                .hasMessageEndingWith("at byte offset 2");
    }

    @Test
    void rejectsOverlongEncodingsAndEncodedSurrogates() {
        assertThatThrownBy(() -> Utf8Decoder.decode(bytes("a/", 0xC0, 0xAF)))
                .isInstanceOf(InvalidUtf8Exception.class)
                .hasMessageEndingWith("at byte offset 2");
        assertThatThrownBy(() -> Utf8Decoder.decode(bytes("abcd", 0xED, 0xA0, 0x80)))
                .isInstanceOf(InvalidUtf8Exception.class)
                .hasMessageEndingWith("at byte offset 4");
    }

    @Test
    void rejectsNulWhichPostgresTextCannotStore() {
        assertThatThrownBy(() -> Utf8Decoder.decode(bytes("日本", 0x00, 'x')))
                .isInstanceOf(InvalidUtf8Exception.class)
                .hasMessage("document is not valid UTF-8 text: NUL character (not storable as text) at byte offset 6");
    }

    @Test
    void dropsALeadingByteOrderMark() {
        assertThat(Utf8Decoder.decode(bytes("", 0xEF, 0xBB, 0xBF, 'h', 'i'))).isEqualTo("hi");
    }

    @Test
    void decodesNoBytesToTheEmptyString() {
        assertThat(Utf8Decoder.decode(new byte[0])).isEmpty();
    }
}
