package org.jrag.ingest.mirror;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
