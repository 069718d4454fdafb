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
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the stores read over HTTP share: throttled requests waited out, basic or bearer sign-in, JSON answers and the
 * messages of error answers, titles as file names.
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

    /**
     * A listing's answer as JSON, its body read whole. Any status but 200 fails it with the store's message ({@link
     * #errorMessage}); a body that is not JSON fails it too.
     *
     * @param where the store, for the failure ({@code cannot list <where>: ...})
     * @param service the service's name, for the failure of a body that is not JSON ({@code Jira})
     * @param error what the service's error answer says, read from its JSON ("" where it says nothing readable)
     */
    public static JsonNode json(
            HttpResponse<InputStream> response,
            JsonMapper json,
            String where,
            String service,
            Function<JsonNode, String> error)
            throws IOException {
        try (InputStream body = response.body()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (response.statusCode() != 200) {
                throw new IOException(
                        "cannot list " + where + ": " + response.statusCode() + " " + errorMessage(text, json, error));
            }
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new IOException("cannot list " + where + ": " + service + " answered what is not JSON", e);
        }
    }

    /**
     * What an error answer says: what {@code error} reads from it as JSON, or the body as it came (its first 300
     * characters) where it is not JSON or says nothing readable.
     */
    public static String errorMessage(String body, JsonMapper json, Function<JsonNode, String> error) {
        try {
            String message = error.apply(json.readTree(body));
            if (!message.isEmpty()) {
                return message;
            }
        } catch (JacksonException e) {
            // not JSON: as it came
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** A title as one part of a path: no {@code /}, no leading dot (which would hide it). */
    public static String fileName(String title) {
        String name = title.strip().replace('/', '-').replace('\\', '-');
        return name.startsWith(".") ? "_" + name.substring(1) : name.isEmpty() ? "_" : name;
    }
}
