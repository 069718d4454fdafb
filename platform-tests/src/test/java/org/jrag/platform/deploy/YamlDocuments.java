package org.jrag.platform.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the deployment files the way Kubernetes and Compose do: multi-document YAML into Jackson trees, with the
 * few lookups (repository root, containers of a workload, a container's env) every deployment test needs.
 */
final class YamlDocuments {

    // a key written twice silently wins in kubectl and Compose; here it fails the test
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private YamlDocuments() {}

    /** The repository root; Surefire sets {@code jrag.root}, an IDE run from the module falls back to its parent. */
    static Path repositoryRoot() {
        return Path.of(System.getProperty("jrag.root", "..")).toAbsolutePath().normalize();
    }

    /** Every non-empty document, in order (Helm emits comment-only documents for skipped templates). */
    static List<JsonNode> parse(String yaml) {
        try (MappingIterator<JsonNode> documents =
                MAPPER.readerFor(JsonNode.class).readValues(yaml)) {
            return documents.readAll().stream()
                    .filter(document -> document != null && document.isObject())
                    .toList();
        }
    }

    static List<JsonNode> read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
        return documents.stream()
                .filter(document -> kind.equals(document.path("kind").asString()))
                .toList();
    }

    static String name(JsonNode document) {
        return document.at("/metadata/name").asString();
    }

    /**
     * The graceful-shutdown timeout a service runs with by default, in seconds: the default of
     * {@code spring.lifecycle.timeout-per-shutdown-phase} in its {@code application.yml}.
     */
    static int shutdownTimeoutSeconds(String service) {
        Path config = repositoryRoot().resolve(service).resolve("src/main/resources/application.yml");
        try {
            var matcher = Pattern.compile("timeout-per-shutdown-phase: \\$\\{RAG_SHUTDOWN_TIMEOUT:(\\d+)s}")
                    .matcher(Files.readString(config));
            if (!matcher.find()) {
                throw new AssertionError(config + " sets no timeout-per-shutdown-phase from RAG_SHUTDOWN_TIMEOUT");
            }
            return Integer.parseInt(matcher.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deployments and StatefulSets by name. */
    static Map<String, JsonNode> workloads(List<JsonNode> documents) {
        return documents.stream()
                .filter(document -> List.of("Deployment", "StatefulSet")
                        .contains(document.path("kind").asString()))
                .collect(Collectors.toMap(YamlDocuments::name, document -> document));
    }

    static List<JsonNode> containers(JsonNode workload) {
        return List.copyOf(workload.at("/spec/template/spec/containers").values());
    }

    /** The single container of a workload (every jrag pod runs exactly one). */
    static JsonNode container(JsonNode workload) {
        List<JsonNode> containers = containers(workload);
        if (containers.size() != 1) {
            throw new AssertionError(name(workload) + " must run exactly one container, has " + containers.size());
        }
        return containers.getFirst();
    }

    /** The env entry of that name, or a missing node. */
    static JsonNode env(JsonNode container, String name) {
        return container
                .path("env")
                .valueStream()
                .filter(entry -> name.equals(entry.path("name").asString()))
                .findFirst()
                .orElse(MAPPER.missingNode());
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
