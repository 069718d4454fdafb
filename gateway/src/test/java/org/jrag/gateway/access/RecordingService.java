package org.jrag.gateway.access;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A stand-in for the three services behind the gateway in its tests: answers every request 200 with {@code json} and
 * records the headers and body of each, in order.
 */
public final class RecordingService implements AutoCloseable {

    /** Headers of every request received, in order. */
    public final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();

    /** Bodies of every request received, in order. */
    public final List<String> bodies = new CopyOnWriteArrayList<>();

    private final HttpServer server;

    public RecordingService(String json) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            headers.add(Map.copyOf(exchange.getRequestHeaders()));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Points the gateway's three routes at this service. */
    public void routeAllServicesHere(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        registry.add("RAG_INGEST_URL", () -> url);
        registry.add("RAG_RETRIEVAL_URL", () -> url);
        registry.add("RAG_GENERATION_URL", () -> url);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
