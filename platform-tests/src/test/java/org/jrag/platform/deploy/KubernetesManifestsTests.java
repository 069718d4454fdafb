package org.jrag.platform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrag.platform.deploy.YamlDocuments.container;
import static org.jrag.platform.deploy.YamlDocuments.env;
import static org.jrag.platform.deploy.YamlDocuments.name;
import static org.jrag.platform.deploy.YamlDocuments.ofKind;
import static org.jrag.platform.deploy.YamlDocuments.strings;
import static org.jrag.platform.deploy.YamlDocuments.workloads;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The plain manifests in k8s/: well-formed, all listed by the kustomization, and true to the contract. */
class KubernetesManifestsTests {

    private static final Path K8S = YamlDocuments.repositoryRoot().resolve("k8s");

    private static final Map<String, Integer> PORTS =
            Map.of("ingest-service", 8081, "retrieval-service", 8082, "generation-service", 8083, "gateway", 8080);

    private static final Map<String, String> PORT_ENV = Map.of(
            "ingest-service", "RAG_INGEST_PORT",
            "retrieval-service", "RAG_RETRIEVAL_PORT",
            "generation-service", "RAG_GENERATION_PORT",
            "gateway", "RAG_GATEWAY_PORT");

    private static List<String> manifestFiles;
    private static List<JsonNode> objects;

    @BeforeAll
    static void readManifests() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            manifestFiles = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".yaml") && !file.equals("kustomization.yaml"))
                    .sorted()
                    .toList();
        }
        objects = new ArrayList<>();
        manifestFiles.forEach(file -> objects.addAll(YamlDocuments.read(K8S.resolve(file))));
    }

    @Test
    void everyObjectNamesItsApiVersionKindNameAndNamespace() {
        assertThat(manifestFiles).hasSize(9);
        assertThat(objects).hasSize(18);
        assertThat(objects).allSatisfy(object -> {
            assertThat(object.path("apiVersion").asString())
                    .as(object.toString())
                    .isNotEmpty();
            assertThat(object.path("kind").asString()).as(object.toString()).isNotEmpty();
            assertThat(name(object)).as(object.toString()).isNotEmpty();
            if (!object.path("kind").asString().equals("Namespace")) {
                assertThat(object.at("/metadata/namespace").asString())
                        .as(name(object))
                        .isEqualTo("jrag");
            }
        });
    }

    @Test
    void kustomizationListsEveryManifest() {
        // when
        JsonNode kustomization =
                YamlDocuments.read(K8S.resolve("kustomization.yaml")).getFirst();

        // then
        assertThat(kustomization.path("kind").asString()).isEqualTo("Kustomization");
        assertThat(kustomization.path("namespace").asString()).isEqualTo("jrag");
        assertThat(strings(kustomization.path("resources"))).containsExactlyInAnyOrderElementsOf(manifestFiles);
    }

    @Test
    void networkPoliciesLetEachServiceBeCalledOnlyByItsCallersOnItsPort() {
        Map<String, JsonNode> policies = new HashMap<>();
        ofKind(objects, "NetworkPolicy").forEach(policy -> policies.put(YamlDocuments.name(policy), policy));
        assertThat(policies).containsOnlyKeys(PORTS.keySet());
        Map<String, List<String>> callers = Map.of(
                "gateway", List.of(),
                "ingest-service", List.of("gateway", "monitoring"),
                "retrieval-service", List.of("gateway", "monitoring"),
                "generation-service", List.of("gateway", "retrieval-service", "monitoring"));
        policies.forEach((name, policy) -> {
            assertThat(policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name")
                            .asString())
                    .isEqualTo(name);
            assertThat(policy.at("/spec/ingress/0/ports/0/port").asInt()).isEqualTo(PORTS.get(name));
            assertThat(policy.at("/spec/ingress/0/from")
                            .valueStream()
                            .map(peer -> peer.has("podSelector")
                                    ? peer.at("/podSelector/matchLabels/app.kubernetes.io~1name")
                                            .asString()
                                    : peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
                                            .asString())
                            .toList())
                    .as(name)
                    .isEqualTo(callers.get(name));
        });
    }

    @Test
    void runsRetrievalAsAStatefulSetAndTheOthersAsDeployments() {
        assertThat(ofKind(objects, "StatefulSet"))
                .extracting(YamlDocuments::name)
                .containsExactly("retrieval-service");
        assertThat(ofKind(objects, "Deployment"))
                .extracting(YamlDocuments::name)
                .containsExactlyInAnyOrder("ingest-service", "generation-service", "gateway");
        JsonNode retrieval = ofKind(objects, "StatefulSet").getFirst();
        assertThat(retrieval.at("/spec/volumeClaimTemplates/0/metadata/name").asString())
                .isEqualTo("bm25-index");
        assertThat(env(container(retrieval), "RAG_BM25_INDEX_DIR").path("value").asString())
                .isEqualTo("/var/lib/jrag/bm25");
        assertThat(retrieval.at("/spec/serviceName").asString()).isEqualTo("retrieval-service");
    }

    @Test
    void everyContainerHasProbesResourcesAndAReadOnlyRoot() {
        Map<String, JsonNode> workloads = workloads(objects);
        assertThat(workloads).hasSize(4);
        workloads.forEach((name, workload) -> {
            JsonNode pod = workload.at("/spec/template/spec");
            JsonNode container = container(workload);
            assertThat(container.at("/livenessProbe/httpGet/path").asString())
                    .as(name)
                    .isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/readinessProbe/httpGet/path").asString())
                    .as(name)
                    .isEqualTo("/actuator/health/readiness");
            assertThat(container.at("/startupProbe/httpGet/path").asString())
                    .as(name)
                    .isEqualTo("/actuator/health/liveness");
            for (String bound : List.of("requests", "limits")) {
                assertThat(container.at("/resources/" + bound + "/cpu").asString())
                        .as(name + " " + bound)
                        .isNotEmpty();
                assertThat(container.at("/resources/" + bound + "/memory").asString())
                        .as(name + " " + bound)
                        .matches("\\d+(Mi|Gi)");
            }
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean())
                    .as(name)
                    .isTrue();
            assertThat(strings(container.at("/securityContext/capabilities/drop")))
                    .containsExactly("ALL");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean())
                    .as(name)
                    .isTrue();
            assertThat(pod.at("/volumes/0/name").asString()).isEqualTo("tmp");
            assertThat(pod.at("/volumes/0/emptyDir").isObject()).as(name).isTrue();
            assertThat(container.at("/volumeMounts/0/mountPath").asString())
                    .as(name)
                    .isEqualTo("/tmp");
        });
    }

    @Test
    void givesEveryPodMoreTimeToStopThanItsServiceTakesToFinishWhatIsInFlight() {
        workloads(objects)
                .forEach((name, workload) -> assertThat(workload.at("/spec/template/spec/terminationGracePeriodSeconds")
                                .asInt())
                        .as(name)
                        .isGreaterThan(YamlDocuments.shutdownTimeoutSeconds(name)));
    }

    @Test
    void portsAgreeWithTheContract() {
        workloads(objects).forEach((name, workload) -> {
            JsonNode container = container(workload);
            int port = PORTS.get(name);
            assertThat(container.at("/ports/0/containerPort").asInt()).as(name).isEqualTo(port);
            assertThat(env(container, PORT_ENV.get(name)).path("value").asString())
                    .as(name)
                    .isEqualTo(String.valueOf(port));
            assertThat(workload.at("/spec/template/metadata/annotations/prometheus.io~1port")
                            .asString())
                    .as(name)
                    .isEqualTo(String.valueOf(port));
        });
        List<JsonNode> services = ofKind(objects, "Service");
        assertThat(services).extracting(YamlDocuments::name).containsExactlyInAnyOrderElementsOf(PORTS.keySet());
        services.forEach(service -> assertThat(service.at("/spec/ports/0/port").asInt())
                .as(name(service))
                .isEqualTo(PORTS.get(name(service))));
    }

    @Test
    void sharedConfigPointsTheServicesAtEachOther() {
        // when
        JsonNode config = ofKind(objects, "ConfigMap").getFirst();

        // then
        assertThat(config.at("/data/RAG_INGEST_URL").asString()).isEqualTo("http://ingest-service:8081");
        assertThat(config.at("/data/RAG_RETRIEVAL_URL").asString()).isEqualTo("http://retrieval-service:8082");
        assertThat(config.at("/data/RAG_GENERATION_URL").asString()).isEqualTo("http://generation-service:8083");
        assertThat(config.at("/data/RAG_DB_URL").asString()).startsWith("jdbc:postgresql://");
        assertThat(config.at("/data/JAVA_TOOL_OPTIONS").asString())
                .contains(
                        "--add-modules=jdk.incubator.vector",
                        "--enable-native-access=ALL-UNNAMED",
                        "-XX:PerMethodTrapLimit=10000");
        workloads(objects)
                .forEach((name, workload) -> assertThat(container(workload)
                                .at("/envFrom/0/configMapRef/name")
                                .asString())
                        .as(name)
                        .isEqualTo(name(config)));
    }

    @Test
    void databasePasswordIsAMarkedPlaceholderReadFromTheSecret() throws IOException {
        // when
        JsonNode secret = ofKind(objects, "Secret").getFirst();

        // then
        assertThat(new String(
                        Base64.getDecoder().decode(secret.at("/data/password").asString()), StandardCharsets.UTF_8))
                .isEqualTo("change-me");
        assertThat(Files.readString(K8S.resolve("secret.yaml"))).contains("REPLACE BEFORE DEPLOYING");
        Map<String, JsonNode> workloads = workloads(objects);
        for (String name : List.of("ingest-service", "retrieval-service")) {
            assertThat(env(container(workloads.get(name)), "RAG_DB_PASSWORD")
                            .at("/valueFrom/secretKeyRef/name")
                            .asString())
                    .as(name)
                    .isEqualTo(name(secret));
        }
        assertThat(Files.readString(K8S.resolve("README.md"))).contains("pgvector >= 0.8", "RAG_DB_URL");
    }

    @Test
    void exposesTheGatewayThroughIngressWithADisruptionBudget() {
        JsonNode ingress = ofKind(objects, "Ingress").getFirst();
        assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asString())
                .isEqualTo("gateway");
        JsonNode budget = ofKind(objects, "PodDisruptionBudget").getFirst();
        JsonNode gateway = workloads(objects).get("gateway");
        assertThat(budget.at("/spec/selector/matchLabels")).isEqualTo(gateway.at("/spec/selector/matchLabels"));
        assertThat(gateway.at("/spec/replicas").asInt())
                .isGreaterThan(budget.at("/spec/minAvailable").asInt());
    }
}
