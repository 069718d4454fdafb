package org.jrag.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentHashTests {

    @Test
    void isTheSha256OfTheRawBytesInLowercaseHex() {
        // FIPS 180-2 test vectors
        assertThat(ContentHash.sha256("abc".getBytes(StandardCharsets.US_ASCII)).hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ContentHash.sha256(new byte[0]).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void differsWhenTheBytesDifferEvenIfTheTextLooksAlike() {
        byte[] nfc = "café".getBytes(StandardCharsets.UTF_8);
        byte[] nfd = "cafe\u0301".getBytes(StandardCharsets.UTF_8);

        assertThat(ContentHash.sha256(nfc)).isNotEqualTo(ContentHash.sha256(nfd));
        assertThat(ContentHash.sha256(nfc)).isEqualTo(ContentHash.sha256(nfc.clone()));
    }

    @Test
    void rejectsAnythingButSixtyFourLowercaseHexDigits() {
        assertThatThrownBy(() -> new ContentHash("ABC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hex must be 64 lowercase hex digits, got: ABC");
    }
}
