package org.jrag.engine.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The legacy quant fixtures in the test resources ({@code legacy-quants/}, written by {@code
 * scripts/legacy-quants/make-reference.sh}): stories260K quantized by llama.cpp to Q4_K_M, Q5_K_M and Q3_K_M (whose
 * 64-column matrices fall back to Q5_0 / Q5_1 / Q4_0), pure Q4_1 and pure IQ4_NL, and the kquants tiny model in
 * Q3_K_M, Q2_K and pure IQ4_XS, with llama.cpp's outputs on them in {@code reference.json}.
 */
public final class LegacyQuantFixtures {
    public static final String[] MODELS = {
        "stories260K-Q4_K_M.gguf",
        "stories260K-Q5_K_M.gguf",
        "stories260K-Q4_1-pure.gguf",
        "stories260K-IQ4_NL-pure.gguf",
        "stories260K-Q3_K_M.gguf"
    };

    private LegacyQuantFixtures() {}

    public static Path file(String name) {
        URL url = LegacyQuantFixtures.class.getResource("/legacy-quants/" + name);
        if (url == null) {
            throw new IllegalStateException("test resource legacy-quants/" + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> reference() {
        try {
            return Json.object(Json.parse(Files.readString(file("reference.json"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
