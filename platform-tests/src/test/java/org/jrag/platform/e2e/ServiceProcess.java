package org.jrag.platform.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One of the platform's services, started from its packaged jar as a separate JVM, as an operator would run it. */
final class ServiceProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess start(Path root, String name, int port, Map<String, String> env, Path logDir)
            throws IOException {
        return start(root, name, name, port, env, logDir);
    }

    /** Starts the service {@code name}, logging to {@code logName.log}. */
    static ServiceProcess start(Path root, String name, String logName, int port, Map<String, String> env, Path logDir)
            throws IOException {
        Path jar = root.resolve(name).resolve("target").resolve(name + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: run the whole build (./mvnw verify), not this module alone");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xmx384m",
                "-jar",
                jar.toString(),
                "--server.port=" + port));
        Files.createDirectories(logDir);
        Path log = logDir.resolve(logName + ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new ServiceProcess(name, port, log, builder.start());
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Blocks until readiness answers UP; fails with the log's tail when the process dies or time runs out. */
    void awaitReady(HttpClient http, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        var probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in start-up
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + logTail());
    }

    /** Waits for the process to end by itself and returns its exit code; fails with the log's tail if it does not. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " still runs after " + timeout + ":\n" + logTail());
        }
        return process.exitValue();
    }

    /** Seconds Spring reported for start-up, from the log. */
    double startupSeconds() throws IOException {
        Matcher m = STARTED.matcher(Files.readString(log));
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
