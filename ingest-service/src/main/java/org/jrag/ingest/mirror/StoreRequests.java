package org.jrag.ingest.mirror;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * What the stores read over HTTP share: throttled requests waited out, basic or bearer sign-in, titles as file names.
 */
public final class StoreRequests {

    /** How often a throttled request is sent again at most. */
    public static final int RETRIES = 3;

    /** The longest {@code Retry-After} waited; a longer one fails the request as the server answered it. */
    public static final long MAX_RETRY_AFTER_SECONDS = 60;

    private StoreRequests() {}

    /**
     * The client a store's requests go through: it connects within 10 s and follows no redirect itself (a download's
     * redirect is followed by {@link #download}, which decides what it signs).
     */
    public static HttpClient client() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A store's GET: signed with its credentials or not. */
    @FunctionalInterface
    public interface Get {
        HttpResponse<InputStream> send(URI uri, boolean signed) throws IOException;
    }

    /**
     * A download's response, signed where asked, following one redirect: Atlassian Cloud sends downloads on to its
     * media service with a token of its own in the address, which gets no credentials (they go only where the
     * redirect stays on the download's host).
     *
     * @param what the file, for the failure when the redirect names no address
     */
    public static HttpResponse<InputStream> download(Get get, URI download, boolean signed, String what)
            throws IOException {
        HttpResponse<InputStream> response = get.send(download, signed);
        if (response.statusCode() / 100 != 3) {
            return response;
        }
        URI target = download.resolve(response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IOException(download.getHost() + " redirected " + what + " nowhere")));
        response.body().close();
        return get.send(target, signed && target.getHost().equalsIgnoreCase(download.getHost()));
    }

    /**
     * Sends the request; where the server throttles it (429, or 503 while busy) and says to retry within {@value
     * #MAX_RETRY_AFTER_SECONDS} seconds, waits as long and sends it again, up to {@value #RETRIES} times.
     */
    public static HttpResponse<InputStream> send(HttpClient http, HttpRequest request) throws IOException {
        try {
            for (int attempt = 0; ; attempt++) {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                long wait = response.headers()
                        .firstValue("Retry-After")
                        .filter(value -> value.matches("\\d{1,9}"))
                        .map(Long::parseLong)
                        .orElse(-1L);
                boolean throttled = response.statusCode() == 429 || response.statusCode() == 503;
                if (!throttled || attempt == RETRIES || wait < 0 || wait > MAX_RETRY_AFTER_SECONDS) {
                    return response;
                }
                response.body().close();
                Thread.sleep(TimeUnit.SECONDS.toMillis(wait));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + request.uri().getHost(), e);
        }
    }

    /**
     * An {@code Authorization} header: basic with a user name (an Atlassian account's e-mail and API token, a
     * password), else the token alone as bearer (a personal access token).
     */
    public static String basicOrBearer(String username, String token) {
        return username == null
                ? "Bearer " + token
                : "Basic "
                        + Base64.getEncoder().encodeToString((username + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    /** A title as one part of a path: no {@code /}, no leading dot (which would hide it). */
    public static String fileName(String title) {
        String name = title.strip().replace('/', '-').replace('\\', '-');
        return name.startsWith(".") ? "_" + name.substring(1) : name.isEmpty() ? "_" : name;
    }
}
