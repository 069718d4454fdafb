package org.jrag.ingest.mirror;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Percent-encoding for the URLs stores are read through: a space is {@code %20}, not a form's {@code +}. */
public final class UrlEncoding {

    private UrlEncoding() {}

    /** One path segment or query value, every reserved character encoded ({@code /} too). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A path whose {@code /} stay separators, each segment between them encoded. */
    public static String path(String path) {
        return Arrays.stream(path.split("/", -1)).map(UrlEncoding::segment).collect(Collectors.joining("/"));
    }
}
