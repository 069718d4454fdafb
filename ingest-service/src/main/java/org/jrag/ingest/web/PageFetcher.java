package org.jrag.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Fetches pages for the crawler: conditionally when it has the validators of an earlier fetch, following at most
 * {@value #MAX_REDIRECTS} redirects itself so that each one is checked against the site's prefixes, and reading at
 * most {@code maxBytes} of a body.
 */
final class PageFetcher {

    static final int MAX_REDIRECTS = 5;

    /**
     * What the server answered.
     *
     * @param status the status code of the last response (304: not modified)
     * @param url where the page was found, after redirects
     * @param contentType the {@code Content-Type}, or null
     * @param body the bytes of a 200, else empty
     * @param etag the {@code ETag}, or null
     * @param lastModified the {@code Last-Modified}, or null
     */
    record Page(int status, URI url, String contentType, byte[] body, String etag, String lastModified) {}

    /** A fetch that could not be completed as asked, with a reason for the run's report. */
    static final class FetchException extends IOException {

        FetchException(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final String userAgent;
    private final Duration timeout;
    private final long maxBytes;

    PageFetcher(HttpClient http, String userAgent, Duration timeout, long maxBytes) {
        this.http = http;
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /**
     * Fetches {@code url}, with {@code If-None-Match} / {@code If-Modified-Since} from {@code known} when given.
     *
     * @param mayFollow whether a redirect target may be fetched (and sent {@code headers})
     * @param headers sent with every request (a site's credentials): only to {@code url} and the redirect targets
     *     {@code mayFollow} lets through
     * @throws FetchException when a redirect leaves the prefixes, loops or goes on too long, or a body is too large
     */
    Page get(URI url, WebState.Stamp known, Predicate<URI> mayFollow, Map<String, String> headers)
            throws IOException, InterruptedException {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            var request = HttpRequest.newBuilder(current)
                    .timeout(timeout)
                    .header("User-Agent", userAgent)
                    .header("Accept", "text/html, application/xhtml+xml, */*;q=0.8");
            headers.forEach(request::header);
            if (hop == 0 && known != null) {
                // the validators are the URL's own: a redirect target is fetched whole
                if (known.etag() != null) {
                    request.header("If-None-Match", known.etag());
                }
                if (known.lastModified() != null) {
                    request.header("If-Modified-Since", known.lastModified());
                }
            }
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (status / 100 == 3 && status != 304 && location.isPresent()) {
                response.body().close();
                URI next = Links.resolve(current, location.get())
                        .orElseThrow(() -> new FetchException("redirects to '" + location.get() + "', no web URL"));
                if (!mayFollow.test(next)) {
                    throw new FetchException("redirects to " + next + ", outside the site's prefixes");
                }
                current = next;
                continue;
            }
            byte[] body;
            try (InputStream in = response.body()) {
                body = status == 200 ? in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)) : new byte[0];
            }
            if (body.length > maxBytes) {
                throw new FetchException("is over the limit of " + maxBytes + " bytes (rag.ingest.max-document-bytes)");
            }
            return new Page(
                    status,
                    current,
                    response.headers().firstValue("Content-Type").orElse(null),
                    body,
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
        throw new FetchException("redirects more than " + MAX_REDIRECTS + " times");
    }
}
