package org.jrag.ingest.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 of a document's raw bytes in lowercase hex: identical uploads to one collection share it, which is how
 * re-uploads are recognised as duplicates.
 */
public record ContentHash(String hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        if (hex == null || !SHA256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("hex must be 64 lowercase hex digits, got: " + hex);
        }
    }

    public static ContentHash sha256(byte[] bytes) {
        try {
            return new ContentHash(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
