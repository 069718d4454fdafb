package org.jrag.ingest.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** URLs as the crawler compares them: absolute http(s), scheme and host in lower case, no fragment. */
final class Links {

    private Links() {}

    static boolean isWeb(URI url) {
        return url.isAbsolute()
                && url.getHost() != null
                && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()));
    }

    /** {@code href} resolved against the page it is on and normalized; empty when it is no web URL. */
    static Optional<URI> resolve(URI page, String href) {
        String trimmed = href.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return Optional.empty();
        }
        if (trimmed.startsWith("?")) {
            // the page itself with another query (RFC 3986; java.net.URI's RFC 2396 would drop the file name)
            String base = page.toString();
            int cut = base.indexOf('?') >= 0 ? base.indexOf('?') : base.indexOf('#');
            trimmed = (cut >= 0 ? base.substring(0, cut) : base) + trimmed;
        }
        try {
            return normalize(page.resolve(trimmed));
        } catch (IllegalArgumentException e) {
            try {
                // spaces as people write them in links, which browsers escape
                return normalize(page.resolve(trimmed.replace(" ", "%20")));
            } catch (IllegalArgumentException unreadable) {
                return Optional.empty();
            }
        }
    }

    /** The URL without its fragment, scheme and host in lower case, an empty path as {@code /}. */
    static Optional<URI> normalize(URI url) {
        if (!isWeb(url)) {
            return Optional.empty();
        }
        try {
            String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            String text = url.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + (url.getRawUserInfo() != null ? url.getRawUserInfo() + "@" : "")
                    + url.getHost().toLowerCase(Locale.ROOT) + (url.getPort() >= 0 ? ":" + url.getPort() : "")
                    + path + (url.getRawQuery() != null ? "?" + url.getRawQuery() : "");
            return Optional.of(new URI(text).normalize());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether two URLs share scheme, host and port. */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI url) {
        return url.getPort() >= 0 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** The directory a URL is in: {@code https://h/docs/} for {@code https://h/docs/start} and for itself. */
    static String directoryOf(URI url) {
        URI normal = normalize(url).orElse(url);
        String text = normal.toString();
        int query = text.indexOf('?');
        if (query >= 0) {
            text = text.substring(0, query);
        }
        return text.substring(0, text.lastIndexOf('/') + 1);
    }
}
