package org.jrag.gateway.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to a gateway under test that carry a bearer credential (an access token, or an opaque one). */
final class BearerRequests {

    private BearerRequests() {}

    /** Sends {@code body} (JSON, or null for none) to the gateway on {@code port} with {@code bearer}. */
    static HttpResponse<String> send(HttpClient http, int port, String method, String path, String body, String bearer)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + bearer)
                .method(
                        method,
                        body != null ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
