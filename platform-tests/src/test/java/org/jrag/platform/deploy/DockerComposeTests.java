package org.jrag.platform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jrag.platform.deploy.YamlDocuments.strings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** docker-compose.yml and the per-module Dockerfiles it builds: one machine, the contract's ports and env. */
class DockerComposeTests {

    private static final Path ROOT = YamlDocuments.repositoryRoot();
    private static JsonNode compose;
    private static JsonNode services;

    private static final Map<String, Integer> PORTS =
            Map.of("ingest-service", 8081, "retrieval-service", 8082, "generation-service", 8083, "gateway", 8080);

    @BeforeAll
    static void readCompose() {
        compose = YamlDocuments.read(ROOT.resolve("docker-compose.yml")).getFirst();
        services = compose.path("services");
    }

    @Test
    void definesPostgresAndTheFourServices() {
        assertThat(services.propertyNames())
                .containsExactlyInAnyOrder(
                        "postgres", "ingest-service", "retrieval-service", "generation-service", "gateway");
        JsonNode postgres = services.path("postgres");
        assertThat(postgres.path("image").asString()).isEqualTo("pgvector/pgvector:pg17");
        assertThat(postgres.at("/environment/POSTGRES_DB").asString()).isEqualTo("rag");
        assertThat(postgres.at("/environment/POSTGRES_USER").asString()).isEqualTo("postgres");
        assertThat(strings(postgres.path("volumes"))).containsExactly("pgdata:/var/lib/postgresql/data");
    }

    @Test
    void publishesOnlyTheGatewayPort() {
        services.propertyNames().forEach(service -> {
            if (service.equals("gateway")) {
                assertThat(strings(services.at("/gateway/ports"))).containsExactly("8080:8080");
            } else {
                assertThat(services.path(service).has("ports")).as(service).isFalse();
            }
        });
    }

    @Test
    void givesEveryServiceMoreTimeToStopThanItTakesToFinishWhatIsInFlight() {
        PORTS.keySet().forEach(service -> {
            String grace = services.path(service).path("stop_grace_period").asString();
            assertThat(grace).as(service).matches("\\d+s");
            assertThat(Integer.parseInt(grace.substring(0, grace.length() - 1)))
                    .as(service)
                    .isGreaterThan(YamlDocuments.shutdownTimeoutSeconds(service));
        });
    }

    @Test
    void checksEveryServiceOnItsReadinessEndpoint() {
        PORTS.forEach((service, port) -> assertThat(
                        strings(services.path(service).at("/healthcheck/test")))
                .as(service)
                .containsExactly("CMD", "curl", "-fsS", "http://127.0.0.1:" + port + "/actuator/health/readiness"));
        assertThat(strings(services.at("/postgres/healthcheck/test")))
                .containsExactly("CMD-SHELL", "pg_isready -U postgres -d rag");
    }

    @Test
    void givesEachServiceTheEnvironmentItNeeds() {
        assertThat(environment("ingest-service"))
                .containsEntry("RAG_INGEST_PORT", "8081")
                .containsEntry("RAG_DB_URL", "jdbc:postgresql://postgres:5432/rag")
                .containsEntry("RAG_DB_USER", "postgres")
                .containsKey("RAG_DB_PASSWORD");
        assertThat(environment("retrieval-service"))
                .containsEntry("RAG_RETRIEVAL_PORT", "8082")
                .containsEntry("RAG_DB_URL", "jdbc:postgresql://postgres:5432/rag")
                .containsEntry("RAG_GENERATION_URL", "http://generation-service:8083")
                .containsEntry("RAG_BM25_INDEX_DIR", "/var/lib/jrag/bm25")
                .containsKey("RAG_DB_PASSWORD");
        assertThat(environment("generation-service")).containsOnlyKeys("RAG_GENERATION_PORT");
        assertThat(environment("gateway"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "RAG_GATEWAY_PORT", "8080",
                        "RAG_INGEST_URL", "http://ingest-service:8081",
                        "RAG_RETRIEVAL_URL", "http://retrieval-service:8082",
                        "RAG_GENERATION_URL", "http://generation-service:8083"));
    }

    @Test
    void startsIngestBeforeRetrievalBecauseIngestOwnsTheSchema() {
        assertThat(services.at("/ingest-service/depends_on/postgres/condition").asString())
                .isEqualTo("service_healthy");
        assertThat(services.at("/retrieval-service/depends_on/ingest-service/condition")
                        .asString())
                .isEqualTo("service_healthy");
        assertThat(services.at("/retrieval-service/depends_on/postgres/condition")
                        .asString())
                .isEqualTo("service_healthy");
        assertThat(services.at("/gateway/depends_on").propertyNames())
                .containsExactlyInAnyOrder("ingest-service", "retrieval-service", "generation-service");
    }

    @Test
    void keepsTheBm25IndexOnANamedVolume() {
        assertThat(strings(services.at("/retrieval-service/volumes"))).containsExactly("bm25-index:/var/lib/jrag/bm25");
        assertThat(compose.path("volumes").propertyNames()).containsExactlyInAnyOrder("pgdata", "bm25-index");
    }

    @Test
    void buildsEachServiceFromAMultiStageDockerfileInItsModule() throws IOException {
        for (var entry : PORTS.entrySet()) {
            String module = entry.getKey();
            JsonNode build = services.path(module).path("build");
            assertThat(build.path("context").asString()).as(module).isEqualTo(".");
            assertThat(build.path("dockerfile").asString()).as(module).isEqualTo(module + "/Dockerfile");

            String dockerfile = Files.readString(ROOT.resolve(module).resolve("Dockerfile"));
            assertThat(dockerfile)
                    .as(module)
                    .contains(
                            "FROM eclipse-temurin:25-jdk AS build",
                            "./mvnw -B -q -pl " + module + " -am package -DskipTests",
                            module + "/target/" + module + ".jar",
                            "FROM eclipse-temurin:25-jre",
                            "USER 10001:10001",
                            "EXPOSE " + entry.getValue(),
                            "HEALTHCHECK",
                            "/actuator/health/readiness",
                            "\"--add-modules\", \"jdk.incubator.vector\", \"--enable-native-access=ALL-UNNAMED\"");
        }
        assertThat(Files.readString(ROOT.resolve("generation-service/Dockerfile")))
                .as("the engine's JIT flag")
                .contains("\"-XX:PerMethodTrapLimit=10000\"");
        assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains("target", ".git", ".rag/");
        assertThat(services.at("/ingest-service/build/args/OCR_LANGUAGES").asString())
                .isEqualTo("${OCR_LANGUAGES:-eng}");
        assertThat(Files.readString(ROOT.resolve("ingest-service/Dockerfile")))
                .as("Tesseract's data for each language asked for")
                .contains("ARG OCR_LANGUAGES=\"eng\"", "printf 'tesseract-ocr-%s ' \"${code}\"");
    }

    private static Map<String, String> environment(String service) {
        JsonNode environment = services.path(service).path("environment");
        return environment.propertyNames().stream()
                .collect(Collectors.toMap(
                        name -> name, name -> environment.path(name).asString()));
    }
}
