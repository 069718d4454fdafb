package org.jrag.platform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jrag.platform.deploy.YamlDocuments.container;
import static org.jrag.platform.deploy.YamlDocuments.env;
import static org.jrag.platform.deploy.YamlDocuments.name;
import static org.jrag.platform.deploy.YamlDocuments.ofKind;
import static org.jrag.platform.deploy.YamlDocuments.workloads;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Helm chart in helm/jrag: lints strictly and renders the platform the contract describes. */
class HelmChartTests {

    private static final Path CHART = YamlDocuments.repositoryRoot().resolve("helm/jrag");

    /** Contract ports of the four services, by the names the chart gives them for release "jrag". */
    private static final Map<String, Integer> PORTS = Map.of(
            "jrag-ingest-service", 8081,
            "jrag-retrieval-service", 8082,
            "jrag-generation-service", 8083,
            "jrag-gateway", 8080);

    @Test
    void passesStrictLint() {
        // when
        LintResult lint = new Helm(CHART).lint().strict().call();

        // then
        assertThat(lint.isFailed())
                .as("helm lint --strict messages: %s", lint.getMessages())
                .isFalse();
        assertThat(lint.getMessages())
                .noneMatch(message -> message.startsWith("[WARNING]") || message.startsWith("[ERROR]"));
    }

    @Test
    void rendersFourWorkloadsWithProbes() {
        // when
        List<JsonNode> documents = render(Map.of());

        // then
        assertThat(ofKind(documents, "Deployment"))
                .extracting(YamlDocuments::name)
                .containsExactlyInAnyOrder("jrag-ingest-service", "jrag-generation-service", "jrag-gateway");
        assertThat(ofKind(documents, "StatefulSet"))
                .extracting(YamlDocuments::name)
                .containsExactly("jrag-retrieval-service");
        workloads(documents).forEach((name, workload) -> {
            JsonNode container = container(workload);
            assertThat(container.at("/startupProbe/httpGet/path").asString())
                    .as(name)
                    .isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/livenessProbe/httpGet/path").asString())
                    .as(name)
                    .isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/readinessProbe/httpGet/path").asString())
                    .as(name)
                    .isEqualTo("/actuator/health/readiness");
            assertThat(container.at("/readinessProbe/httpGet/port").asString())
                    .as(name)
                    .isEqualTo("http");
            assertThat(container.at("/ports/0/containerPort").asInt()).as(name).isEqualTo(PORTS.get(name));
        });
    }

    @Test
    void givesEveryPodMoreTimeToStopThanItsServiceTakesToFinishWhatIsInFlight() {
        workloads(render(Map.of()))
                .forEach((name, workload) -> assertThat(workload.at("/spec/template/spec/terminationGracePeriodSeconds")
                                .asInt())
                        .as(name)
                        .isGreaterThan(YamlDocuments.shutdownTimeoutSeconds(name.substring("jrag-".length()))));
    }

    @Test
    void rendersOneServicePerWorkloadOnTheContractPorts() {
        // when
        List<JsonNode> services = ofKind(render(Map.of()), "Service");

        // then
        assertThat(services).hasSize(4);
        services.forEach(service -> {
            assertThat(service.at("/spec/ports/0/port").asInt())
                    .as(name(service))
                    .isEqualTo(PORTS.get(name(service)));
            assertThat(service.at("/spec/selector/app.kubernetes.io~1component").asString())
                    .isEqualTo(name(service).substring("jrag-".length()));
        });
    }

    @Test
    void passesJvmFlagsAndServiceUrlsThroughTheSharedConfigMap() {
        // when
        List<JsonNode> documents = render(Map.of());

        // then
        JsonNode config = ofKind(documents, "ConfigMap").getFirst();
        assertThat(name(config)).isEqualTo("jrag-config");
        assertThat(config.at("/data/JAVA_TOOL_OPTIONS").asString())
                .contains(
                        "--add-modules=jdk.incubator.vector",
                        "--enable-native-access=ALL-UNNAMED",
                        "-XX:PerMethodTrapLimit=10000");
        assertThat(config.at("/data/RAG_INGEST_URL").asString()).isEqualTo("http://jrag-ingest-service:8081");
        assertThat(config.at("/data/RAG_RETRIEVAL_URL").asString()).isEqualTo("http://jrag-retrieval-service:8082");
        assertThat(config.at("/data/RAG_GENERATION_URL").asString()).isEqualTo("http://jrag-generation-service:8083");
        assertThat(config.at("/data/RAG_DB_URL").asString()).isEqualTo("jdbc:postgresql://postgres:5432/rag");
        workloads(documents)
                .forEach((name, workload) -> assertThat(container(workload)
                                .at("/envFrom/0/configMapRef/name")
                                .asString())
                        .as(name)
                        .isEqualTo("jrag-config"));
    }

    @Test
    void letsEachServiceBeCalledOnlyByItsCallersWhenNetworkPoliciesAreOn() {
        assertThat(ofKind(render(Map.of()), "NetworkPolicy")).isEmpty();

        Map<String, JsonNode> policies = new HashMap<>();
        ofKind(
                        render(Map.of(
                                "networkPolicy.enabled", "true",
                                "networkPolicy.extraIngressFrom[0].namespaceSelector.matchLabels.name", "monitoring")),
                        "NetworkPolicy")
                .forEach(policy -> policies.put(name(policy), policy));

        assertThat(policies)
                .containsOnlyKeys(
                        "jrag-gateway", "jrag-ingest-service", "jrag-retrieval-service", "jrag-generation-service");
        policies.forEach((name, policy) -> {
            assertThat(policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1component")
                            .asString())
                    .isEqualTo(name.substring("jrag-".length()));
            assertThat(policy.at("/spec/ingress/0/ports/0/port").asString()).isEqualTo("http");
        });
        // the gateway from anywhere; each service from its callers and the extra peers only
        assertThat(policies.get("jrag-gateway").at("/spec/ingress/0").has("from"))
                .isFalse();
        assertThat(callers(policies.get("jrag-ingest-service"))).containsExactly("gateway", "ns:monitoring");
        assertThat(callers(policies.get("jrag-retrieval-service"))).containsExactly("gateway", "ns:monitoring");
        assertThat(callers(policies.get("jrag-generation-service")))
                .containsExactly("gateway", "retrieval-service", "ns:monitoring");
    }

    /** The peers a policy lets in: components by name, namespaces as {@code ns:<name>}. */
    private static List<String> callers(JsonNode policy) {
        return policy.at("/spec/ingress/0/from")
                .valueStream()
                .map(peer -> peer.has("podSelector")
                        ? peer.at("/podSelector/matchLabels/app.kubernetes.io~1component")
                                .asString()
                        : "ns:" + peer.at("/namespaceSelector/matchLabels/name").asString())
                .toList();
    }

    @Test
    void offersAServiceMonitorForThePrometheusOperator() {
        assertThat(ofKind(render(Map.of()), "ServiceMonitor")).isEmpty();

        JsonNode monitor = ofKind(
                        render(Map.of(
                                "metrics.serviceMonitor.enabled", "true",
                                "metrics.serviceMonitor.labels.release", "kube-prometheus-stack")),
                        "ServiceMonitor")
                .getFirst();

        assertThat(monitor.at("/metadata/labels/release").asString()).isEqualTo("kube-prometheus-stack");
        assertThat(monitor.at("/spec/selector/matchLabels/app.kubernetes.io~1instance")
                        .asString())
                .isEqualTo("jrag");
        assertThat(monitor.at("/spec/selector/matchLabels").has("app.kubernetes.io/component"))
                .isFalse();
        assertThat(monitor.at("/spec/endpoints/0/port").asString()).isEqualTo("http");
        assertThat(monitor.at("/spec/endpoints/0/path").asString()).isEqualTo("/actuator/prometheus");
    }

    @Test
    void offersAlertsOverTheServicesMetricsForThePrometheusOperator() {
        assertThat(ofKind(render(Map.of()), "PrometheusRule")).isEmpty();

        JsonNode rule = ofKind(
                        render(Map.of(
                                "metrics.prometheusRule.enabled", "true",
                                "metrics.prometheusRule.labels.release", "kube-prometheus-stack",
                                "metrics.prometheusRule.syncStalledAfterSeconds", "7200")),
                        "PrometheusRule")
                .getFirst();

        assertThat(rule.at("/metadata/labels/release").asString()).isEqualTo("kube-prometheus-stack");
        Map<String, String> alerts = new java.util.LinkedHashMap<>();
        rule.at("/spec/groups/0/rules")
                .forEach(alert -> alerts.put(
                        alert.path("alert").asString(), alert.path("expr").asString()));
        assertThat(alerts)
                .containsOnlyKeys(
                        "JragServiceDown",
                        "JragServerErrors",
                        "JragSyncFailing",
                        "JragSyncFilesFailing",
                        "JragSyncStalled",
                        "JragIngestBacklog",
                        "JragBm25IndexBehind",
                        "JragBm25IndexerFailing",
                        "JragGenerationRefusing");
        assertThat(alerts.get("JragServiceDown")).isEqualTo("up{namespace=\"default\", job=~\"jrag-.*\"} == 0");
        assertThat(alerts.get("JragSyncFailing"))
                .isEqualTo(
                        "max by (kind, name) (rag_ingest_sync_failing{namespace=\"default\", job=~\"jrag-.*\"}) == 1");
        assertThat(alerts.get("JragSyncStalled"))
                .isEqualTo("time() - max by (kind, name) (rag_ingest_sync_last_run_seconds{namespace=\"default\","
                        + " job=~\"jrag-.*\"}) > 7200");
        assertThat(alerts.get("JragServerErrors"))
                .isEqualTo("sum by (job) (rate(http_server_requests_seconds_count{namespace=\"default\","
                        + " job=~\"jrag-.*\", status=~\"5..\"}[5m])) / sum by (job)"
                        + " (rate(http_server_requests_seconds_count{namespace=\"default\", job=~\"jrag-.*\"}[5m]))"
                        + " > 0.05");
        assertThat(alerts.get("JragBm25IndexBehind")).contains("rag_retrieval_bm25_lag{");
        rule.at("/spec/groups/0/rules")
                .forEach(alert -> assertThat(alert.at("/annotations/summary").asString())
                        .as(alert.path("alert").asString())
                        .doesNotContain("<no value>", "%!"));
    }

    @Test
    void offersAGrafanaDashboardForItsSidecar() {
        assertThat(ofKind(render(Map.of()), "ConfigMap").stream()
                        .filter(map -> map.at("/data").has("jrag.json")))
                .isEmpty();

        JsonNode configMap = ofKind(render(Map.of("metrics.grafanaDashboard.enabled", "true")), "ConfigMap").stream()
                .filter(map -> map.at("/data").has("jrag.json"))
                .findFirst()
                .orElseThrow();

        assertThat(configMap.at("/metadata/labels/grafana_dashboard").asString())
                .isEqualTo("1");
        JsonNode dashboard = ChartMetrics.dashboardJson();
        assertThat(dashboard.path("uid").asString()).isEqualTo("jrag-overview");
        var titles = new java.util.ArrayList<String>();
        dashboard.path("panels").forEach(panel -> {
            titles.add(panel.path("title").asString());
            panel.path("targets")
                    .forEach(target -> assertThat(target.path("expr").asString())
                            .as(panel.path("title").asString())
                            .contains("namespace=\"$namespace\""));
        });
        assertThat(titles)
                .contains("Search time (mean) by mode", "Time to first token (mean)", "Since each store's last sync");
    }

    @Test
    void setsOneEmbeddingModelForIngestAndRetrieval() {
        JsonNode builtIn = ofKind(render(Map.of()), "ConfigMap").getFirst();
        JsonNode custom = ofKind(
                        render(Map.of(
                                "embedding.model", "multilingual-e5-small",
                                "embedding.onnxModel", "/opt/models/e5/model.onnx",
                                "embedding.tokenizer", "/opt/models/e5/tokenizer.json",
                                "embedding.pooling", "MEAN",
                                "embedding.queryInstruction", "query: ",
                                "embedding.passageInstruction", "passage: ",
                                "embedding.reEmbed", "true")),
                        "ConfigMap")
                .getFirst();

        assertThat(builtIn.at("/data/RAG_EMBEDDING_MODEL").asString()).isEqualTo("bge-small-en-v1.5");
        assertThat(builtIn.at("/data").has("RAG_EMBEDDING_ONNX_MODEL")).isFalse();
        assertThat(builtIn.at("/data").has("RAG_EMBEDDING_REEMBED")).isFalse();
        assertThat(custom.at("/data/RAG_EMBEDDING_REEMBED").asString()).isEqualTo("true");
        assertThat(custom.at("/data/RAG_EMBEDDING_ONNX_MODEL").asString()).isEqualTo("/opt/models/e5/model.onnx");
        assertThat(custom.at("/data/RAG_EMBEDDING_TOKENIZER").asString()).isEqualTo("/opt/models/e5/tokenizer.json");
        assertThat(custom.at("/data/RAG_EMBEDDING_POOLING").asString()).isEqualTo("MEAN");
        assertThat(custom.at("/data/RAG_EMBEDDING_QUERY_INSTRUCTION").asString())
                .isEqualTo("query: ");
        assertThat(custom.at("/data/RAG_EMBEDDING_PASSAGE_INSTRUCTION").asString())
                .isEqualTo("passage: ");
    }

    @Test
    void keepsTheAnswerLogForItsRetentionOrNotAtAll() {
        JsonNode defaults = ofKind(render(Map.of()), "ConfigMap").getFirst();
        JsonNode off = ofKind(render(Map.of("answerLog.enabled", "false", "answerLog.retention", "7d")), "ConfigMap")
                .getFirst();

        assertThat(defaults.at("/data/RAG_ANSWER_LOG_ENABLED").asString()).isEqualTo("true");
        assertThat(defaults.at("/data/RAG_ANSWER_LOG_RETENTION").asString()).isEqualTo("30d");
        assertThat(off.at("/data/RAG_ANSWER_LOG_ENABLED").asString()).isEqualTo("false");
        assertThat(off.at("/data/RAG_ANSWER_LOG_RETENTION").asString()).isEqualTo("7d");
    }

    @Test
    void readsScannedPagesUnlessOcrIsOff() {
        JsonNode defaults = ofKind(render(Map.of()), "ConfigMap").getFirst();
        JsonNode off = ofKind(render(Map.of("ocr.mode", "off", "ocr.languages", "eng+deu")), "ConfigMap")
                .getFirst();

        assertThat(defaults.at("/data/RAG_OCR_MODE").asString()).isEqualTo("auto");
        assertThat(defaults.at("/data/RAG_OCR_LANGUAGES").asString()).isEqualTo("eng");
        assertThat(defaults.at("/data/RAG_OCR_MAX_PAGES").asString()).isEqualTo("200");
        assertThat(off.at("/data/RAG_OCR_MODE").asString()).isEqualTo("off");
        assertThat(off.at("/data/RAG_OCR_LANGUAGES").asString()).isEqualTo("eng+deu");
    }

    @Test
    void sharesTheAnswerCacheInTheDatabaseUnlessToldOtherwise() {
        JsonNode defaults = ofKind(render(Map.of()), "ConfigMap").getFirst();
        JsonNode memory = ofKind(render(Map.of("answerCache.store", "memory", "answerCache.size", "0")), "ConfigMap")
                .getFirst();

        assertThat(defaults.at("/data/RAG_ANSWER_CACHE_STORE").asString()).isEqualTo("database");
        assertThat(defaults.at("/data/RAG_ANSWER_CACHE_SIZE").asString()).isEqualTo("1000");
        assertThat(defaults.at("/data/RAG_ANSWER_CACHE_TTL").asString()).isEqualTo("10m");
        assertThat(memory.at("/data/RAG_ANSWER_CACHE_STORE").asString()).isEqualTo("memory");
        assertThat(memory.at("/data/RAG_ANSWER_CACHE_SIZE").asString()).isEqualTo("0");
    }

    @Test
    void sendsSpansToTheOtlpEndpointOnlyWhenOneIsGiven() {
        JsonNode quiet = ofKind(render(Map.of()), "ConfigMap").getFirst();
        JsonNode traced = ofKind(
                        render(Map.of(
                                "tracing.otlpEndpoint", "http://otel-collector:4318/v1/traces",
                                "tracing.samplingProbability", "1.0")),
                        "ConfigMap")
                .getFirst();

        assertThat(quiet.at("/data/RAG_TRACING_SAMPLING").asString()).isEqualTo("0.1");
        // an empty endpoint would still switch the exporter on: the key is left out
        assertThat(quiet.at("/data").has("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT"))
                .isFalse();
        assertThat(traced.at("/data/MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT")
                        .asString())
                .isEqualTo("http://otel-collector:4318/v1/traces");
        assertThat(traced.at("/data/RAG_TRACING_SAMPLING").asString()).isEqualTo("1.0");
    }

    @Test
    void setsResourceLimitsAndHardenedSecurityOnEveryContainer() {
        // when
        Map<String, JsonNode> workloads = workloads(render(Map.of()));

        // then
        assertThat(workloads).hasSize(4);
        workloads.forEach((name, workload) -> {
            JsonNode pod = workload.at("/spec/template");
            JsonNode container = container(workload);
            assertThat(container.at("/resources/limits/cpu").asString())
                    .as(name)
                    .isNotEmpty();
            assertThat(container.at("/resources/limits/memory").asString())
                    .as(name)
                    .endsWith("Gi");
            assertThat(container.at("/resources/requests/memory").asString())
                    .as(name)
                    .isNotEmpty();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean())
                    .as(name)
                    .isTrue();
            assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean())
                    .as(name)
                    .isFalse();
            assertThat(pod.at("/spec/securityContext/runAsNonRoot").asBoolean())
                    .as(name)
                    .isTrue();
            assertThat(pod.at("/spec/securityContext/runAsUser").asInt())
                    .as(name)
                    .isEqualTo(10001);
            assertThat(container.at("/volumeMounts/0/mountPath").asString())
                    .as(name)
                    .isEqualTo("/tmp");
            assertThat(pod.at("/spec/volumes/0/emptyDir").isObject()).as(name).isTrue();
            assertThat(pod.at("/metadata/annotations/prometheus.io~1scrape").asString())
                    .isEqualTo("true");
            assertThat(pod.at("/metadata/annotations/prometheus.io~1port").asString())
                    .isEqualTo(String.valueOf(PORTS.get(name)));
        });
        assertThat(container(workloads.get("jrag-generation-service"))
                        .at("/resources/limits/cpu")
                        .asString())
                .isEqualTo("4");
    }

    @Test
    void givesTheDatabasePasswordOnlyToServicesThatUsePostgres() {
        // when
        List<JsonNode> documents = render(Map.of());

        // then
        JsonNode secret = ofKind(documents, "Secret").getFirst();
        assertThat(name(secret)).isEqualTo("jrag-db");
        assertThat(new String(
                        Base64.getDecoder().decode(secret.at("/data/password").asString()), StandardCharsets.UTF_8))
                .isEqualTo("change-me");
        Map<String, JsonNode> workloads = workloads(documents);
        for (String name : List.of("jrag-ingest-service", "jrag-retrieval-service")) {
            assertThat(env(container(workloads.get(name)), "RAG_DB_PASSWORD")
                            .at("/valueFrom/secretKeyRef/name")
                            .asString())
                    .as(name)
                    .isEqualTo("jrag-db");
        }
        for (String name : List.of("jrag-generation-service", "jrag-gateway")) {
            assertThat(env(container(workloads.get(name)), "RAG_DB_PASSWORD").isMissingNode())
                    .as(name)
                    .isTrue();
        }
    }

    @Test
    void usesAnExistingSecretInsteadOfCreatingOne() {
        // when
        List<JsonNode> documents =
                render(Map.of("database.existingSecret", "pg-app", "database.existingSecretKey", "pw"));

        // then
        assertThat(ofKind(documents, "Secret")).isEmpty();
        JsonNode ref = env(container(workloads(documents).get("jrag-ingest-service")), "RAG_DB_PASSWORD")
                .at("/valueFrom/secretKeyRef");
        assertThat(ref.path("name").asString()).isEqualTo("pg-app");
        assertThat(ref.path("key").asString()).isEqualTo("pw");
    }

    @Test
    void givesTheGatewayItsApiKeysFromAnExistingSecretOnlyWhenOneIsNamed() {
        // by default no keys: the gateway is open (and says so at start-up)
        JsonNode open = container(workloads(render(Map.of())).get("jrag-gateway"));
        assertThat(env(open, "RAG_GATEWAY_API_KEYS").isMissingNode()).isTrue();

        // when a Secret is named
        Map<String, JsonNode> workloads = workloads(render(Map.of("gateway.apiKeys.existingSecret", "jrag-keys")));

        // then only the gateway reads it
        JsonNode ref = env(container(workloads.get("jrag-gateway")), "RAG_GATEWAY_API_KEYS")
                .at("/valueFrom/secretKeyRef");
        assertThat(ref.path("name").asString()).isEqualTo("jrag-keys");
        assertThat(ref.path("key").asString()).isEqualTo("api-keys");
        workloads.entrySet().stream()
                .filter(w -> !w.getKey().equals("jrag-gateway"))
                .forEach(w -> assertThat(env(container(w.getValue()), "RAG_GATEWAY_API_KEYS")
                                .isMissingNode())
                        .as(w.getKey())
                        .isTrue());
    }

    @Test
    void givesTheGatewayItsIdentityProviderOnlyWhenAnIssuerIsSet() {
        JsonNode none = container(workloads(render(Map.of())).get("jrag-gateway"));
        assertThat(env(none, "RAG_GATEWAY_JWT_ISSUER").isMissingNode()).isTrue();
        assertThat(env(none, "RAG_GATEWAY_JWT_WRITER_ROLES").isMissingNode()).isTrue();

        Map<String, JsonNode> workloads = workloads(render(Map.of(
                "gateway.jwt.issuer", "https://id.example.com/realms/acme",
                "gateway.jwt.audience", "jrag",
                "gateway.jwt.rolesClaim", "realm_access.roles",
                "gateway.jwt.roleCollections[0]", "team-a=docs|faq",
                "gateway.jwt.roleCollections[1]", "rag-admin=*",
                "gateway.jwt.consoleClientId", "jrag-console",
                "gateway.jwt.introspection.clientId", "jrag-gateway",
                "gateway.jwt.introspection.existingSecret", "jrag-idp")));
        JsonNode gateway = container(workloads.get("jrag-gateway"));
        assertThat(env(gateway, "RAG_GATEWAY_JWT_INTROSPECTION_CLIENT_ID")
                        .path("value")
                        .asString())
                .isEqualTo("jrag-gateway");
        assertThat(env(gateway, "RAG_GATEWAY_JWT_INTROSPECTION_CLIENT_SECRET")
                        .at("/valueFrom/secretKeyRef/name")
                        .asString())
                .isEqualTo("jrag-idp");
        assertThat(env(gateway, "RAG_GATEWAY_JWT_INTROSPECTION_CLIENT_SECRET")
                        .at("/valueFrom/secretKeyRef/key")
                        .asString())
                .isEqualTo("client-secret");
        assertThat(env(none, "RAG_GATEWAY_JWT_INTROSPECTION_CLIENT_ID").isMissingNode())
                .isTrue();
        assertThat(env(gateway, "RAG_GATEWAY_JWT_ISSUER").path("value").asString())
                .isEqualTo("https://id.example.com/realms/acme");
        assertThat(env(gateway, "RAG_GATEWAY_JWT_JWK_SET_URI").isMissingNode()).isTrue();
        assertThat(env(gateway, "RAG_GATEWAY_JWT_AUDIENCE").path("value").asString())
                .isEqualTo("jrag");
        assertThat(env(gateway, "RAG_GATEWAY_JWT_ROLES_CLAIM").path("value").asString())
                .isEqualTo("realm_access.roles");
        assertThat(env(gateway, "RAG_GATEWAY_JWT_WRITER_ROLES").path("value").asString())
                .isEqualTo("rag-writer");
        assertThat(env(gateway, "RAG_GATEWAY_JWT_ROLE_COLLECTIONS")
                        .path("value")
                        .asString())
                .isEqualTo("team-a=docs|faq,rag-admin=*");
        assertThat(env(gateway, "RAG_GATEWAY_CONSOLE_CLIENT_ID").path("value").asString())
                .isEqualTo("jrag-console");
        assertThat(env(none, "RAG_GATEWAY_CONSOLE_CLIENT_ID").isMissingNode()).isTrue();
        assertThat(env(container(workloads.get("jrag-retrieval-service")), "RAG_GATEWAY_JWT_ISSUER")
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void exposesOnlyTheGatewayThroughIngressAndBudget() {
        // when
        List<JsonNode> documents = render(Map.of());

        // then
        JsonNode ingress = ofKind(documents, "Ingress").getFirst();
        assertThat(ingress.at("/spec/rules/0/host").asString()).isEqualTo("jrag.example.com");
        assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asString())
                .isEqualTo("jrag-gateway");
        JsonNode budget = ofKind(documents, "PodDisruptionBudget").getFirst();
        assertThat(name(budget)).isEqualTo("jrag-gateway");
        assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(budget.at("/spec/selector/matchLabels"))
                .isEqualTo(workloads(documents).get("jrag-gateway").at("/spec/selector/matchLabels"));
        assertThat(workloads(documents).get("jrag-gateway").at("/spec/replicas").asInt())
                .isGreaterThan(budget.at("/spec/minAvailable").asInt());
        assertThat(ofKind(documents, "HorizontalPodAutoscaler")).isEmpty();
    }

    @Test
    void keepsTheBm25IndexOnAClaimPerRetrievalReplica() {
        // when
        JsonNode retrieval = workloads(render(Map.of())).get("jrag-retrieval-service");

        // then
        assertThat(retrieval.at("/spec/volumeClaimTemplates/0/metadata/name").asString())
                .isEqualTo("bm25-index");
        assertThat(retrieval
                        .at("/spec/volumeClaimTemplates/0/spec/resources/requests/storage")
                        .asString())
                .isEqualTo("5Gi");
        JsonNode container = container(retrieval);
        assertThat(env(container, "RAG_BM25_INDEX_DIR").path("value").asString())
                .isEqualTo("/var/lib/jrag/bm25");
        assertThat(container
                        .path("volumeMounts")
                        .valueStream()
                        .filter(mount -> mount.path("name").asString().equals("bm25-index"))
                        .map(mount -> mount.path("mountPath").asString()))
                .containsExactly("/var/lib/jrag/bm25");
    }

    @Test
    void dropsTheIngressWhenDisabledAndAutoscalesWhenEnabled() {
        // when
        List<JsonNode> documents = render(Map.of(
                "ingress.enabled", "false",
                "gateway.autoscaling.enabled", "true",
                "retrievalService.autoscaling.enabled", "true"));

        // then
        assertThat(ofKind(documents, "Ingress")).isEmpty();
        List<JsonNode> autoscalers = ofKind(documents, "HorizontalPodAutoscaler");
        assertThat(autoscalers)
                .extracting(hpa -> hpa.at("/spec/scaleTargetRef/kind").asString() + "/"
                        + hpa.at("/spec/scaleTargetRef/name").asString())
                .containsExactlyInAnyOrder("Deployment/jrag-gateway", "StatefulSet/jrag-retrieval-service");
        assertThat(autoscalers).allSatisfy(hpa -> {
            assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(2);
            assertThat(hpa.at("/spec/maxReplicas").asInt()).isEqualTo(6);
        });
        // the autoscaler owns the replica count: the workload must not fight it on every upgrade
        Map<String, JsonNode> workloads = workloads(documents);
        assertThat(workloads.get("jrag-gateway").at("/spec/replicas").isMissingNode())
                .isTrue();
        assertThat(workloads.get("jrag-retrieval-service").at("/spec/replicas").isMissingNode())
                .isTrue();
        assertThat(workloads.get("jrag-ingest-service").at("/spec/replicas").asInt())
                .isEqualTo(1);
    }

    @Test
    void mountsTheModelClaimAndPointsRagModelPathAtTheFile() {
        // when
        JsonNode generation = workloads(render(Map.of(
                        "generationService.models.enabled", "true",
                        "generationService.models.existingClaim", "gguf-models",
                        "generationService.models.file", "llama-3.2-1b-q8_0.gguf")))
                .get("jrag-generation-service");

        // then
        JsonNode container = container(generation);
        assertThat(env(container, "RAG_MODEL_PATH").path("value").asString())
                .isEqualTo("/models/llama-3.2-1b-q8_0.gguf");
        assertThat(generation
                        .at("/spec/template/spec/volumes")
                        .valueStream()
                        .filter(volume -> volume.path("name").asString().equals("models"))
                        .map(volume ->
                                volume.at("/persistentVolumeClaim/claimName").asString()))
                .containsExactly("gguf-models");
        assertThat(container
                        .path("volumeMounts")
                        .valueStream()
                        .filter(mount -> mount.path("name").asString().equals("models"))
                        .map(mount -> mount.path("readOnly").asBoolean()))
                .containsExactly(true);
    }

    @Test
    void tellsIngestServiceTheSitesToCrawl() {
        JsonNode ingest = container(workloads(render(Map.of(
                        "ingestService.webSync.sites[0].name", "wiki",
                        "ingestService.webSync.sites[0].collection", "docs",
                        "ingestService.webSync.sites[0].urls[0]", "https://wiki.example.com/docs/start",
                        "ingestService.webSync.sites[0].urls[1]", "https://wiki.example.com/faq/",
                        "ingestService.webSync.sites[0].maxPages", "2000",
                        "ingestService.webSync.sites[0].delete", "false",
                        "ingestService.webSync.sites[0].readers[0]", "support",
                        "ingestService.webSync.sites[0].authorizationSecret.name", "wiki-token")))
                .get("jrag-ingest-service"));
        JsonNode plain = container(workloads(render(Map.of())).get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_WEBSYNC_SITES_0_NAME").path("value").asString())
                .isEqualTo("wiki");
        assertThat(env(ingest, "RAG_INGEST_WEBSYNC_SITES_0_COLLECTION")
                        .path("value")
                        .asString())
                .isEqualTo("docs");
        assertThat(env(ingest, "RAG_INGEST_WEBSYNC_SITES_0_URLS").path("value").asString())
                .isEqualTo("https://wiki.example.com/docs/start,https://wiki.example.com/faq/");
        assertThat(env(ingest, "RAG_INGEST_WEBSYNC_SITES_0_SITEMAPS").isMissingNode())
                .isTrue();
        assertThat(env(ingest, "RAG_INGEST_WEBSYNC_SITES_0_MAXPAGES")
                        .path("value")
                        .asString())
                .isEqualTo("2000");
        assertThat(env(ingest, "RAG_INGEST_WEBSYNC_SITES_0_DELETE")
                        .path("value")
                        .asString())
                .isEqualTo("false");
        assertThat(env(ingest, "RAG_INGEST_WEBSYNC_INTERVAL").path("value").asString())
                .isEqualTo("1h");
        assertThat(env(ingest, "RAG_INGEST_WEBSYNC_SITES_0_READERS")
                        .path("value")
                        .asString())
                .isEqualTo("support");
        JsonNode token =
                env(ingest, "RAG_INGEST_WEBSYNC_SITES_0_HEADERS_AUTHORIZATION").at("/valueFrom/secretKeyRef");
        assertThat(token.path("name").asString()).isEqualTo("wiki-token");
        assertThat(token.path("key").asString()).isEqualTo("authorization");
        assertThat(env(plain, "RAG_INGEST_WEBSYNC_INTERVAL").isMissingNode()).isTrue();
    }

    @Test
    void tellsIngestServiceTheBucketsToSyncWithTheirCredentialsFromASecret() {
        JsonNode ingest = container(workloads(render(Map.ofEntries(
                        Map.entry("ingestService.bucketSync.buckets[0].name", "archive"),
                        Map.entry("ingestService.bucketSync.buckets[0].collection", "docs"),
                        Map.entry("ingestService.bucketSync.buckets[0].endpoint", "http://minio.storage:9000"),
                        Map.entry("ingestService.bucketSync.buckets[0].bucket", "team-docs"),
                        Map.entry("ingestService.bucketSync.buckets[0].prefix", "handbook/"),
                        Map.entry("ingestService.bucketSync.buckets[0].include[0]", "**/*.md"),
                        Map.entry("ingestService.bucketSync.buckets[0].include[1]", "**/*.pdf"),
                        Map.entry("ingestService.bucketSync.buckets[0].delete", "false"),
                        Map.entry("ingestService.bucketSync.buckets[0].credentialsSecret.name", "minio-reader"),
                        Map.entry("ingestService.bucketSync.buckets[1].name", "reports"),
                        Map.entry("ingestService.bucketSync.buckets[1].collection", "docs"),
                        Map.entry("ingestService.bucketSync.buckets[1].bucket", "team-reports"))))
                .get("jrag-ingest-service"));
        JsonNode plain = container(workloads(render(Map.of())).get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_0_NAME")
                        .path("value")
                        .asString())
                .isEqualTo("archive");
        assertThat(env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_0_ENDPOINT")
                        .path("value")
                        .asString())
                .isEqualTo("http://minio.storage:9000");
        assertThat(env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_0_BUCKET")
                        .path("value")
                        .asString())
                .isEqualTo("team-docs");
        assertThat(env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_0_PREFIX")
                        .path("value")
                        .asString())
                .isEqualTo("handbook/");
        assertThat(env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_0_INCLUDE")
                        .path("value")
                        .asString())
                .isEqualTo("**/*.md,**/*.pdf");
        assertThat(env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_0_DELETE")
                        .path("value")
                        .asString())
                .isEqualTo("false");
        JsonNode keyId =
                env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_0_ACCESSKEYID").at("/valueFrom/secretKeyRef");
        assertThat(keyId.path("name").asString()).isEqualTo("minio-reader");
        assertThat(keyId.path("key").asString()).isEqualTo("access-key-id");
        JsonNode secret =
                env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_0_SECRETACCESSKEY").at("/valueFrom/secretKeyRef");
        assertThat(secret.path("name").asString()).isEqualTo("minio-reader");
        assertThat(secret.path("key").asString()).isEqualTo("secret-access-key");
        // AWS S3 with the SDK's default credentials (a role for the service account): no endpoint, no keys
        assertThat(env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_1_BUCKET")
                        .path("value")
                        .asString())
                .isEqualTo("team-reports");
        assertThat(env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_1_ENDPOINT").isMissingNode())
                .isTrue();
        assertThat(env(ingest, "RAG_INGEST_BUCKETSYNC_BUCKETS_1_ACCESSKEYID").isMissingNode())
                .isTrue();
        assertThat(env(ingest, "RAG_INGEST_BUCKETSYNC_INTERVAL").path("value").asString())
                .isEqualTo("5m");
        assertThat(env(plain, "RAG_INGEST_BUCKETSYNC_INTERVAL").isMissingNode()).isTrue();
    }

    @Test
    void tellsIngestServiceTheMailboxesToSyncWithTheirPasswordsFromASecret() {
        JsonNode ingest = container(workloads(render(Map.of(
                        "ingestService.mailboxSync.mailboxes[0].name", "support",
                        "ingestService.mailboxSync.mailboxes[0].collection", "tickets",
                        "ingestService.mailboxSync.mailboxes[0].host", "imap.example.com",
                        "ingestService.mailboxSync.mailboxes[0].username", "support@example.com",
                        "ingestService.mailboxSync.mailboxes[0].passwordSecret.name", "support-mailbox",
                        "ingestService.mailboxSync.mailboxes[0].folders[0]", "INBOX",
                        "ingestService.mailboxSync.mailboxes[0].folders[1]", "Archive")))
                .get("jrag-ingest-service"));
        JsonNode plain = container(workloads(render(Map.of())).get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_HOST")
                        .path("value")
                        .asString())
                .isEqualTo("imap.example.com");
        assertThat(env(ingest, "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_FOLDERS")
                        .path("value")
                        .asString())
                .isEqualTo("INBOX,Archive");
        JsonNode password =
                env(ingest, "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_PASSWORD").at("/valueFrom/secretKeyRef");
        assertThat(password.path("name").asString()).isEqualTo("support-mailbox");
        assertThat(password.path("key").asString()).isEqualTo("password");
        assertThat(env(ingest, "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_PORT").isMissingNode())
                .isTrue();
        assertThat(env(ingest, "RAG_INGEST_MAILBOXSYNC_INTERVAL").path("value").asString())
                .isEqualTo("5m");
        assertThat(env(plain, "RAG_INGEST_MAILBOXSYNC_INTERVAL").isMissingNode())
                .isTrue();

        // and a Microsoft 365 mailbox signs in with an OAuth client, its secret from a Secret, no password
        JsonNode oauth = container(workloads(render(Map.of(
                        "ingestService.mailboxSync.mailboxes[0].name", "support",
                        "ingestService.mailboxSync.mailboxes[0].collection", "tickets",
                        "ingestService.mailboxSync.mailboxes[0].host", "outlook.office365.com",
                        "ingestService.mailboxSync.mailboxes[0].username", "support@example.com",
                        "ingestService.mailboxSync.mailboxes[0].oauth2.tokenUrl",
                                "https://login.microsoftonline.com/t/oauth2/v2.0/token",
                        "ingestService.mailboxSync.mailboxes[0].oauth2.clientId", "jrag-ingest",
                        "ingestService.mailboxSync.mailboxes[0].oauth2.clientSecretSecret.name", "m365-app")))
                .get("jrag-ingest-service"));
        assertThat(env(oauth, "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_OAUTH2_CLIENTID")
                        .path("value")
                        .asString())
                .isEqualTo("jrag-ingest");
        assertThat(env(oauth, "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_OAUTH2_CLIENTSECRET")
                        .at("/valueFrom/secretKeyRef/name")
                        .asString())
                .isEqualTo("m365-app");
        assertThat(env(oauth, "RAG_INGEST_MAILBOXSYNC_MAILBOXES_0_PASSWORD").isMissingNode())
                .isTrue();
    }

    @Test
    void tellsIngestServiceTheDrivesToSyncWithTheirClientSecretFromASecret() {
        JsonNode ingest = container(workloads(render(Map.of(
                        "ingestService.driveSync.drives[0].name", "policies",
                        "ingestService.driveSync.drives[0].collection", "hr",
                        "ingestService.driveSync.drives[0].driveId", "b!lib1",
                        "ingestService.driveSync.drives[0].folder", "HR Policies",
                        "ingestService.driveSync.drives[0].oauth2.tokenUrl",
                                "https://login.microsoftonline.com/t/oauth2/v2.0/token",
                        "ingestService.driveSync.drives[0].oauth2.clientId", "jrag-ingest",
                        "ingestService.driveSync.drives[0].oauth2.clientSecretSecret.name", "graph-app")))
                .get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_DRIVESYNC_DRIVES_0_DRIVEID")
                        .path("value")
                        .asString())
                .isEqualTo("b!lib1");
        assertThat(env(ingest, "RAG_INGEST_DRIVESYNC_DRIVES_0_FOLDER")
                        .path("value")
                        .asString())
                .isEqualTo("HR Policies");
        assertThat(env(ingest, "RAG_INGEST_DRIVESYNC_DRIVES_0_OAUTH2_CLIENTSECRET")
                        .at("/valueFrom/secretKeyRef/name")
                        .asString())
                .isEqualTo("graph-app");
        assertThat(env(ingest, "RAG_INGEST_DRIVESYNC_INTERVAL").path("value").asString())
                .isEqualTo("5m");
    }

    @Test
    void tellsIngestServiceTheBlobContainersToSyncWithTheirSignatureFromASecret() {
        JsonNode ingest = container(workloads(render(Map.of(
                        "ingestService.blobSync.containers[0].name", "contracts",
                        "ingestService.blobSync.containers[0].collection", "legal",
                        "ingestService.blobSync.containers[0].account", "mystorage",
                        "ingestService.blobSync.containers[0].container", "docs",
                        "ingestService.blobSync.containers[0].sasTokenSecret.name", "blob-sas")))
                .get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_BLOBSYNC_CONTAINERS_0_ACCOUNT")
                        .path("value")
                        .asString())
                .isEqualTo("mystorage");
        JsonNode sas = env(ingest, "RAG_INGEST_BLOBSYNC_CONTAINERS_0_SASTOKEN").at("/valueFrom/secretKeyRef");
        assertThat(sas.path("name").asString()).isEqualTo("blob-sas");
        assertThat(sas.path("key").asString()).isEqualTo("sas-token");
        assertThat(env(ingest, "RAG_INGEST_BLOBSYNC_INTERVAL").path("value").asString())
                .isEqualTo("5m");
    }

    @Test
    void tellsIngestServiceTheRepositoriesToSyncWithTheirTokenFromASecret() {
        JsonNode ingest = container(workloads(render(Map.of(
                        "ingestService.repositorySync.repositories[0].name", "handbook",
                        "ingestService.repositorySync.repositories[0].collection", "docs",
                        "ingestService.repositorySync.repositories[0].url", "https://git.example.com/team/handbook.git",
                        "ingestService.repositorySync.repositories[0].path", "docs",
                        "ingestService.repositorySync.repositories[0].include[0]", "**/*.md",
                        "ingestService.repositorySync.repositories[0].webUrl",
                                "https://git.example.com/team/handbook/-/blob/{commit}/{path}",
                        "ingestService.repositorySync.repositories[0].tokenSecret.name", "handbook-git")))
                .get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_URL")
                        .path("value")
                        .asString())
                .isEqualTo("https://git.example.com/team/handbook.git");
        assertThat(env(ingest, "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_PATH")
                        .path("value")
                        .asString())
                .isEqualTo("docs");
        assertThat(env(ingest, "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_INCLUDE")
                        .path("value")
                        .asString())
                .isEqualTo("**/*.md");
        assertThat(env(ingest, "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_WEBURL")
                        .path("value")
                        .asString())
                .isEqualTo("https://git.example.com/team/handbook/-/blob/{commit}/{path}");
        JsonNode token =
                env(ingest, "RAG_INGEST_REPOSITORYSYNC_REPOSITORIES_0_TOKEN").at("/valueFrom/secretKeyRef");
        assertThat(token.path("name").asString()).isEqualTo("handbook-git");
        assertThat(token.path("key").asString()).isEqualTo("token");
        assertThat(env(ingest, "RAG_INGEST_REPOSITORYSYNC_INTERVAL")
                        .path("value")
                        .asString())
                .isEqualTo("5m");
    }

    @Test
    void tellsIngestServiceTheConfluenceSpacesToSyncWithTheirTokenFromASecret() {
        JsonNode ingest = container(workloads(render(Map.of(
                        "ingestService.confluenceSync.spaces[0].name", "eng",
                        "ingestService.confluenceSync.spaces[0].collection", "wiki",
                        "ingestService.confluenceSync.spaces[0].url", "https://example.atlassian.net/wiki",
                        "ingestService.confluenceSync.spaces[0].spaceKey", "ENG",
                        "ingestService.confluenceSync.spaces[0].username", "docs-bot@example.com",
                        "ingestService.confluenceSync.spaces[0].attachments", "false",
                        "ingestService.confluenceSync.spaces[0].restrictions", "false",
                        "ingestService.confluenceSync.spaces[0].blogPosts", "false",
                        "ingestService.confluenceSync.spaces[0].rootPage", "229377",
                        "ingestService.confluenceSync.spaces[0].tokenSecret.name", "confluence-token")))
                .get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_CONFLUENCESYNC_SPACES_0_SPACEKEY")
                        .path("value")
                        .asString())
                .isEqualTo("ENG");
        assertThat(env(ingest, "RAG_INGEST_CONFLUENCESYNC_SPACES_0_USERNAME")
                        .path("value")
                        .asString())
                .isEqualTo("docs-bot@example.com");
        assertThat(env(ingest, "RAG_INGEST_CONFLUENCESYNC_SPACES_0_ATTACHMENTS")
                        .path("value")
                        .asString())
                .isEqualTo("false");
        assertThat(env(ingest, "RAG_INGEST_CONFLUENCESYNC_SPACES_0_BLOGPOSTS")
                        .path("value")
                        .asString())
                .isEqualTo("false");
        assertThat(env(ingest, "RAG_INGEST_CONFLUENCESYNC_SPACES_0_ROOTPAGE")
                        .path("value")
                        .asString())
                .isEqualTo("229377");
        assertThat(env(ingest, "RAG_INGEST_CONFLUENCESYNC_SPACES_0_RESTRICTIONS")
                        .path("value")
                        .asString())
                .isEqualTo("false");
        JsonNode token = env(ingest, "RAG_INGEST_CONFLUENCESYNC_SPACES_0_TOKEN").at("/valueFrom/secretKeyRef");
        assertThat(token.path("name").asString()).isEqualTo("confluence-token");
        assertThat(token.path("key").asString()).isEqualTo("token");
        assertThat(env(ingest, "RAG_INGEST_CONFLUENCESYNC_INTERVAL")
                        .path("value")
                        .asString())
                .isEqualTo("15m");
    }

    @Test
    void tellsIngestServiceTheJiraProjectsToSyncWithTheirTokenFromASecret() {
        JsonNode ingest = container(workloads(render(Map.of(
                        "ingestService.jiraSync.projects[0].name", "support",
                        "ingestService.jiraSync.projects[0].collection", "support-issues",
                        "ingestService.jiraSync.projects[0].url", "https://example.atlassian.net",
                        "ingestService.jiraSync.projects[0].projectKey", "SUP",
                        "ingestService.jiraSync.projects[0].username", "docs-bot@example.com",
                        "ingestService.jiraSync.projects[0].jql", "status = Done",
                        "ingestService.jiraSync.projects[0].comments", "false",
                        "ingestService.jiraSync.projects[0].attachments", "false",
                        "ingestService.jiraSync.projects[0].tokenSecret.name", "jira-token")))
                .get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_JIRASYNC_PROJECTS_0_NAME")
                        .path("value")
                        .asString())
                .isEqualTo("support");
        assertThat(env(ingest, "RAG_INGEST_JIRASYNC_PROJECTS_0_COLLECTION")
                        .path("value")
                        .asString())
                .isEqualTo("support-issues");
        assertThat(env(ingest, "RAG_INGEST_JIRASYNC_PROJECTS_0_URL")
                        .path("value")
                        .asString())
                .isEqualTo("https://example.atlassian.net");
        assertThat(env(ingest, "RAG_INGEST_JIRASYNC_PROJECTS_0_PROJECTKEY")
                        .path("value")
                        .asString())
                .isEqualTo("SUP");
        assertThat(env(ingest, "RAG_INGEST_JIRASYNC_PROJECTS_0_USERNAME")
                        .path("value")
                        .asString())
                .isEqualTo("docs-bot@example.com");
        assertThat(env(ingest, "RAG_INGEST_JIRASYNC_PROJECTS_0_JQL")
                        .path("value")
                        .asString())
                .isEqualTo("status = Done");
        assertThat(env(ingest, "RAG_INGEST_JIRASYNC_PROJECTS_0_COMMENTS")
                        .path("value")
                        .asString())
                .isEqualTo("false");
        assertThat(env(ingest, "RAG_INGEST_JIRASYNC_PROJECTS_0_ATTACHMENTS")
                        .path("value")
                        .asString())
                .isEqualTo("false");
        JsonNode token = env(ingest, "RAG_INGEST_JIRASYNC_PROJECTS_0_TOKEN").at("/valueFrom/secretKeyRef");
        assertThat(token.path("name").asString()).isEqualTo("jira-token");
        assertThat(token.path("key").asString()).isEqualTo("token");
        assertThat(env(ingest, "RAG_INGEST_JIRASYNC_INTERVAL").path("value").asString())
                .isEqualTo("15m");
    }

    @Test
    void tellsIngestServiceTheZendeskHelpCentersToSyncWithTheirTokenFromASecret() {
        JsonNode ingest = container(workloads(render(Map.of(
                        "ingestService.zendeskSync.guides[0].name", "help",
                        "ingestService.zendeskSync.guides[0].collection", "help-center",
                        "ingestService.zendeskSync.guides[0].url", "https://example.zendesk.com",
                        "ingestService.zendeskSync.guides[0].locale", "en-us",
                        "ingestService.zendeskSync.guides[0].username", "docs-bot@example.com",
                        "ingestService.zendeskSync.guides[0].categories[0]", "360001234567",
                        "ingestService.zendeskSync.guides[0].segmentReaders.360000111222[0]", "staff",
                        "ingestService.zendeskSync.guides[0].segmentReaders.360000111222[1]", "support",
                        "ingestService.zendeskSync.guides[0].tokenSecret.name", "zendesk-token")))
                .get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_ZENDESKSYNC_GUIDES_0_NAME")
                        .path("value")
                        .asString())
                .isEqualTo("help");
        assertThat(env(ingest, "RAG_INGEST_ZENDESKSYNC_GUIDES_0_COLLECTION")
                        .path("value")
                        .asString())
                .isEqualTo("help-center");
        assertThat(env(ingest, "RAG_INGEST_ZENDESKSYNC_GUIDES_0_URL")
                        .path("value")
                        .asString())
                .isEqualTo("https://example.zendesk.com");
        assertThat(env(ingest, "RAG_INGEST_ZENDESKSYNC_GUIDES_0_LOCALE")
                        .path("value")
                        .asString())
                .isEqualTo("en-us");
        assertThat(env(ingest, "RAG_INGEST_ZENDESKSYNC_GUIDES_0_USERNAME")
                        .path("value")
                        .asString())
                .isEqualTo("docs-bot@example.com");
        assertThat(env(ingest, "RAG_INGEST_ZENDESKSYNC_GUIDES_0_CATEGORIES")
                        .path("value")
                        .asString())
                .isEqualTo("360001234567");
        assertThat(env(ingest, "RAG_INGEST_ZENDESKSYNC_GUIDES_0_SEGMENTREADERS_360000111222")
                        .path("value")
                        .asString())
                .isEqualTo("staff,support");
        JsonNode token = env(ingest, "RAG_INGEST_ZENDESKSYNC_GUIDES_0_TOKEN").at("/valueFrom/secretKeyRef");
        assertThat(token.path("name").asString()).isEqualTo("zendesk-token");
        assertThat(token.path("key").asString()).isEqualTo("token");
        assertThat(env(ingest, "RAG_INGEST_ZENDESKSYNC_INTERVAL").path("value").asString())
                .isEqualTo("15m");
    }

    @Test
    void tellsIngestServiceTheGoogleDriveFoldersToSyncWithTheirKeyFromASecret() {
        JsonNode ingest = container(workloads(render(Map.of(
                        "ingestService.googleDriveSync.drives[0].name", "team",
                        "ingestService.googleDriveSync.drives[0].collection", "team-docs",
                        "ingestService.googleDriveSync.drives[0].folderId", "1AbCdEfGhIjKlMnOpQrStUvWxYz",
                        "ingestService.googleDriveSync.drives[0].subject", "docs-bot@example.com",
                        "ingestService.googleDriveSync.drives[0].serviceAccountKeySecret.name", "drive-sync-key")))
                .get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_0_NAME")
                        .path("value")
                        .asString())
                .isEqualTo("team");
        assertThat(env(ingest, "RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_0_COLLECTION")
                        .path("value")
                        .asString())
                .isEqualTo("team-docs");
        assertThat(env(ingest, "RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_0_FOLDERID")
                        .path("value")
                        .asString())
                .isEqualTo("1AbCdEfGhIjKlMnOpQrStUvWxYz");
        assertThat(env(ingest, "RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_0_SUBJECT")
                        .path("value")
                        .asString())
                .isEqualTo("docs-bot@example.com");
        JsonNode key = env(ingest, "RAG_INGEST_GOOGLEDRIVESYNC_DRIVES_0_SERVICEACCOUNTKEY")
                .at("/valueFrom/secretKeyRef");
        assertThat(key.path("name").asString()).isEqualTo("drive-sync-key");
        assertThat(key.path("key").asString()).isEqualTo("key.json");
        assertThat(env(ingest, "RAG_INGEST_GOOGLEDRIVESYNC_INTERVAL")
                        .path("value")
                        .asString())
                .isEqualTo("5m");
    }

    @Test
    void tellsIngestServiceTheServiceNowKnowledgeBasesToSyncWithTheirTokenFromASecret() {
        JsonNode ingest = container(workloads(render(Map.of(
                        "ingestService.serviceNowSync.knowledgeBases[0].name", "it",
                        "ingestService.serviceNowSync.knowledgeBases[0].collection", "it-kb",
                        "ingestService.serviceNowSync.knowledgeBases[0].url", "https://example.service-now.com",
                        "ingestService.serviceNowSync.knowledgeBases[0].knowledgeBase",
                                "a7e8a78bff0221009b20ffffffffff17",
                        "ingestService.serviceNowSync.knowledgeBases[0].username", "rag.sync",
                        "ingestService.serviceNowSync.knowledgeBases[0].criteriaReaders.0123456789abcdef0123456789abcdef[0]",
                                "staff",
                        "ingestService.serviceNowSync.knowledgeBases[0].tokenSecret.name", "servicenow-password")))
                .get("jrag-ingest-service"));

        assertThat(env(ingest, "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_NAME")
                        .path("value")
                        .asString())
                .isEqualTo("it");
        assertThat(env(ingest, "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_KNOWLEDGEBASE")
                        .path("value")
                        .asString())
                .isEqualTo("a7e8a78bff0221009b20ffffffffff17");
        assertThat(env(ingest, "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_USERNAME")
                        .path("value")
                        .asString())
                .isEqualTo("rag.sync");
        assertThat(env(
                                ingest,
                                "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_CRITERIAREADERS_0123456789ABCDEF0123456789ABCDEF")
                        .path("value")
                        .asString())
                .isEqualTo("staff");
        JsonNode token =
                env(ingest, "RAG_INGEST_SERVICENOWSYNC_KNOWLEDGEBASES_0_TOKEN").at("/valueFrom/secretKeyRef");
        assertThat(token.path("name").asString()).isEqualTo("servicenow-password");
        assertThat(env(ingest, "RAG_INGEST_SERVICENOWSYNC_INTERVAL")
                        .path("value")
                        .asString())
                .isEqualTo("15m");
    }

    @Test
    void mountsEachSyncedFolderReadOnlyAndTellsIngestServiceWhereItIs() {
        // when
        JsonNode ingest = workloads(render(Map.ofEntries(
                        Map.entry("ingestService.folderSync.folders[0].name", "handbook"),
                        Map.entry("ingestService.folderSync.folders[0].collection", "docs"),
                        Map.entry("ingestService.folderSync.folders[0].existingClaim", "handbook-share"),
                        Map.entry("ingestService.folderSync.folders[0].subPath", "published"),
                        Map.entry("ingestService.folderSync.folders[0].include[0]", "**/*.md"),
                        Map.entry("ingestService.folderSync.folders[0].include[1]", "**/*.pdf"),
                        Map.entry("ingestService.folderSync.folders[0].delete", "false"),
                        Map.entry("ingestService.folderSync.folders[0].readers[0]", "hr"),
                        Map.entry("ingestService.folderSync.folders[0].readers[1]", "user:alice"),
                        Map.entry("ingestService.folderSync.folders[0].language", "auto"),
                        Map.entry("ingestService.folderSync.folders[0].redact[0]", "email"),
                        Map.entry("ingestService.folderSync.folders[0].redact[1]", "iban"))))
                .get("jrag-ingest-service");
        JsonNode plain = workloads(render(Map.of())).get("jrag-ingest-service");

        // then
        JsonNode container = container(ingest);
        assertThat(env(container, "RAG_INGEST_FOLDERSYNC_FOLDERS_0_NAME")
                        .path("value")
                        .asString())
                .isEqualTo("handbook");
        assertThat(env(container, "RAG_INGEST_FOLDERSYNC_FOLDERS_0_COLLECTION")
                        .path("value")
                        .asString())
                .isEqualTo("docs");
        assertThat(env(container, "RAG_INGEST_FOLDERSYNC_FOLDERS_0_PATH")
                        .path("value")
                        .asString())
                .isEqualTo("/folders/handbook");
        assertThat(env(container, "RAG_INGEST_FOLDERSYNC_FOLDERS_0_INCLUDE")
                        .path("value")
                        .asString())
                .isEqualTo("**/*.md,**/*.pdf");
        assertThat(env(container, "RAG_INGEST_FOLDERSYNC_FOLDERS_0_DELETE")
                        .path("value")
                        .asString())
                .isEqualTo("false");
        assertThat(env(container, "RAG_INGEST_FOLDERSYNC_FOLDERS_0_READERS")
                        .path("value")
                        .asString())
                .isEqualTo("hr,user:alice");
        assertThat(env(container, "RAG_INGEST_FOLDERSYNC_FOLDERS_0_LANGUAGE")
                        .path("value")
                        .asString())
                .isEqualTo("auto");
        assertThat(env(container, "RAG_INGEST_FOLDERSYNC_FOLDERS_0_REDACT")
                        .path("value")
                        .asString())
                .isEqualTo("email,iban");
        assertThat(env(container, "RAG_INGEST_FOLDERSYNC_INTERVAL")
                        .path("value")
                        .asString())
                .isEqualTo("5m");
        assertThat(container
                        .path("volumeMounts")
                        .valueStream()
                        .filter(mount -> mount.path("name").asString().equals("folder-handbook"))
                        .map(mount -> mount.path("mountPath").asString() + " "
                                + mount.path("subPath").asString() + " "
                                + mount.path("readOnly").asBoolean()))
                .containsExactly("/folders/handbook published true");
        assertThat(ingest.at("/spec/template/spec/volumes")
                        .valueStream()
                        .filter(volume -> volume.path("name").asString().equals("folder-handbook"))
                        .map(volume ->
                                volume.at("/persistentVolumeClaim/claimName").asString()))
                .containsExactly("handbook-share");
        assertThat(container(plain)
                        .path("env")
                        .valueStream()
                        .map(e -> e.path("name").asString())
                        .filter(name -> name.startsWith("RAG_INGEST_FOLDERSYNC")))
                .isEmpty();
    }

    @Test
    void refusesModelsWithoutAClaim() {
        // given
        TemplateCommand template =
                new Helm(CHART).template().withName("jrag").set("generationService.models.enabled", "true");

        // when / then
        assertThatThrownBy(template::call)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("generationService.models.existingClaim is required when models are enabled");
    }

    private static List<JsonNode> render(Map<String, String> values) {
        TemplateCommand template = new Helm(CHART).template().withName("jrag");
        values.forEach(template::set);
        return YamlDocuments.parse(template.call());
    }
}
