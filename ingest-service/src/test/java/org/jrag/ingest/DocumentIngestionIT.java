package org.jrag.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The ingest path end to end over real HTTP against real PostgreSQL + pgvector: what each request returns and which
 * rows it leaves in document, chunk and change_log. Small limits make multi-chunk documents and 413s cheap.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.max-document-bytes=65536",
            "rag.ingest.chunking.chunk-tokens=64",
            "rag.ingest.chunking.overlap-tokens=8"
        })
class DocumentIngestionIT {

    private static final MediaType TEXT_MARKDOWN = MediaType.parseMediaType("text/markdown");
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String SUPPORTED = "supported: text/plain, text/markdown, multipart/form-data";

    private static final String PLAIN_TEXT = IntStream.range(0, 40)
            .mapToObj(i -> "Line " + i + ": hybrid retrieval fuses BM25 and dense vector ranks with RRF.")
            .collect(Collectors.joining("\n", "", "\n"));

    private static final String MARKDOWN = """
            # Vector Search Basics

            HNSW builds a layered proximity graph. Queries walk it greedily from the top layer down,
            which makes approximate nearest neighbour search fast on millions of vectors.

            ## Tuning

            Raise `ef_search` for recall, lower it for latency. `m` and `ef_construction` fix the graph.
            """;

    private final RestClient http;
    private final JdbcClient jdbc;

    DocumentIngestionIT(@LocalServerPort int port, @Autowired JdbcClient jdbc) {
        this.http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        this.jdbc = jdbc;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // a database of its own, so other modules' tests on the same server cannot touch these rows
        var db = TestDatabase.recreate("jrag_ingest_it");
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @BeforeEach
    void emptyCatalogWithOneCollection() {
        jdbc.sql("TRUNCATE collection, document, chunk, change_log RESTART IDENTITY CASCADE")
                .update();
        assertThat(createCollection("docs").getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void createsListsAndRejectsCollections() {
        // when
        ResponseEntity<JsonNode> created = http.post()
                .uri("/v1/collections")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "papers", "description", "Research papers"))
                .retrieve()
                .toEntity(JsonNode.class);

        // then
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasPath("/v1/collections/papers");
        assertThat(created.getBody().get("name").asString()).isEqualTo("papers");
        assertThat(created.getBody().get("description").asString()).isEqualTo("Research papers");
        assertThat(created.getBody().get("documentCount").asLong()).isZero();
        assertThat(created.getBody().get("createdAt").asString()).isNotBlank();

        JsonNode list = http.get().uri("/v1/collections").retrieve().body(JsonNode.class);
        assertThat(list.get("collections").valueStream().map(c -> c.get("name").asString()))
                .containsExactly("docs", "papers");

        assertProblem(createCollection("papers"), 409, "collection-exists", "collection 'papers' already exists");
        assertProblem(
                createCollection("Bad Name"),
                400,
                "invalid-collection-name",
                "collection name must match ^[a-z0-9][a-z0-9_-]{0,62}$, got: 'Bad Name'");
        assertProblem(
                http.get().uri("/v1/collections/nope").retrieve().toEntity(JsonNode.class),
                404,
                "collection-not-found",
                "collection 'nope' does not exist");
        assertThat(count("collection")).isEqualTo(2);
    }

    @Test
    void ingestsRawPlainTextAsReadyChunksWithOffsetsAndEmbeddings() throws Exception {
        // when
        ResponseEntity<JsonNode> response = uploadRaw(
                "/v1/collections/docs/documents?title=RRF notes&source=notes/rrf.txt",
                MediaType.parseMediaType("text/plain; charset=utf-8"),
                PLAIN_TEXT.getBytes(StandardCharsets.UTF_8));

        // then: the response
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        JsonNode body = response.getBody();
        long documentId = body.get("documentId").asLong();
        assertThat(response.getHeaders().getLocation()).hasPath("/v1/collections/docs/documents/" + documentId);
        assertThat(body.get("collection").asString()).isEqualTo("docs");
        assertThat(body.get("title").asString()).isEqualTo("RRF notes");
        assertThat(body.get("source").asString()).isEqualTo("notes/rrf.txt");
        assertThat(body.get("mediaType").asString()).isEqualTo("text/plain");
        assertThat(body.get("contentHash").asString()).isEqualTo(sha256(PLAIN_TEXT));
        assertThat(body.get("status").asString()).isEqualTo("READY");
        assertThat(body.get("duplicate").asBoolean()).isFalse();
        assertThat(body.get("changeSeq").asLong()).isEqualTo(1);
        int chunkCount = body.get("chunkCount").asInt();
        assertThat(chunkCount).isGreaterThan(3);

        // then: the document row
        Map<String, Object> document = jdbc.sql("SELECT * FROM document WHERE id = ?")
                .param(documentId)
                .query()
                .singleRow();
        assertThat(document)
                .containsEntry("status", "READY")
                .containsEntry("content", PLAIN_TEXT)
                .containsEntry("media_type", "text/plain")
                .containsEntry("content_hash", sha256(PLAIN_TEXT));

        // then: chunks reproduce the text from their offsets, fit the window and carry unit 384-d vectors
        List<Map<String, Object>> chunks =
                jdbc.sql("""
                        SELECT position, text, start_offset, end_offset, token_count, collection_id,
                               vector_dims(embedding) AS dims, vector_norm(embedding) AS norm
                        FROM chunk WHERE document_id = ? ORDER BY position
                        """).param(documentId).query().listOfRows();
        assertThat(chunks).hasSize(chunkCount);
        for (int i = 0; i < chunks.size(); i++) {
            Map<String, Object> chunk = chunks.get(i);
            int start = (Integer) chunk.get("start_offset");
            int end = (Integer) chunk.get("end_offset");
            assertThat(chunk.get("position")).isEqualTo(i);
            assertThat(chunk.get("text")).isEqualTo(PLAIN_TEXT.substring(start, end));
            assertThat((Integer) chunk.get("token_count")).isBetween(1, 64);
            assertThat(chunk.get("dims")).isEqualTo(384);
            assertThat((Double) chunk.get("norm")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
            if (i > 0) { // windows overlap, so each chunk starts inside its predecessor
                assertThat(start).isLessThan((Integer) chunks.get(i - 1).get("end_offset"));
            }
        }
        assertThat(chunks.getFirst().get("start_offset")).isEqualTo(0);
        assertThat(chunks.getLast().get("end_offset")).isEqualTo(PLAIN_TEXT.length() - 1); // final newline

        // then: one UPSERT in the change log
        assertThat(changeLog()).containsExactly(List.of(1L, documentId, "UPSERT"));

        // and the document reads back without its content
        JsonNode view = http.get()
                .uri("/v1/collections/docs/documents/{id}", documentId)
                .retrieve()
                .body(JsonNode.class);
        assertThat(view.get("documentId").asLong()).isEqualTo(documentId);
        assertThat(view.get("chunkCount").asInt()).isEqualTo(chunkCount);
        assertThat(view.get("status").asString()).isEqualTo("READY");
        assertThat(view.get("contentLength").asInt()).isEqualTo(PLAIN_TEXT.length());
        assertThat(view.has("content")).isFalse();
        JsonNode collection = http.get().uri("/v1/collections/docs").retrieve().body(JsonNode.class);
        assertThat(collection.get("documentCount").asLong()).isEqualTo(1);
    }

    @Test
    void ingestsMarkdownRawAndMultipartAndTextMultipartWithIncreasingChangeSeq() {
        // when
        JsonNode raw = uploadRaw("/v1/collections/docs/documents", TEXT_MARKDOWN, utf8(MARKDOWN))
                .getBody();
        JsonNode markdownFile = uploadFile(
                        "docs", "hnsw.md", MediaType.APPLICATION_OCTET_STREAM, utf8(MARKDOWN + "\nMore.\n"))
                .getBody();
        JsonNode textFile = uploadFile("docs", "rrf.txt", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT))
                .getBody();

        // then
        assertThat(raw.get("mediaType").asString()).isEqualTo("text/markdown");
        assertThat(raw.get("title").asString()).isEqualTo("Vector Search Basics");
        assertThat(markdownFile.get("mediaType").asString()).isEqualTo("text/markdown");
        assertThat(markdownFile.get("source").asString()).isEqualTo("hnsw.md");
        assertThat(textFile.get("mediaType").asString()).isEqualTo("text/plain");
        assertThat(textFile.get("title").isNull()).isTrue();
        assertThat(List.of(raw, markdownFile, textFile))
                .extracting(n -> n.get("changeSeq").asLong())
                .containsExactly(1L, 2L, 3L);
        assertThat(jdbc.sql("SELECT content FROM document WHERE id = ?")
                        .param(raw.get("documentId").asLong())
                        .query(String.class)
                        .single())
                .isEqualTo(MARKDOWN);
        assertThat(count("document")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM chunk c JOIN document d ON d.id = c.document_id"
                                + " WHERE substr(d.content, c.start_offset + 1, c.end_offset - c.start_offset)"
                                + " <> c.text")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(changeLog()).extracting(row -> row.get(2)).containsOnly("UPSERT");
    }

    @Test
    void identicalBytesInTheSameCollectionAreADuplicateAndStoreNothing() {
        // given
        JsonNode first = uploadRaw("/v1/collections/docs/documents", TEXT_MARKDOWN, utf8(MARKDOWN))
                .getBody();
        long documents = count("document");
        long chunks = count("chunk");

        // when
        ResponseEntity<JsonNode> again = uploadRaw("/v1/collections/docs/documents", TEXT_MARKDOWN, utf8(MARKDOWN));
        ResponseEntity<JsonNode> asFile = uploadFile("docs", "same.md", TEXT_MARKDOWN, utf8(MARKDOWN));

        // then
        for (ResponseEntity<JsonNode> duplicate : List.of(again, asFile)) {
            assertThat(duplicate.getStatusCode().value()).isEqualTo(200);
            assertThat(duplicate.getBody().get("duplicate").asBoolean()).isTrue();
            assertThat(duplicate.getBody().get("documentId").asLong())
                    .isEqualTo(first.get("documentId").asLong());
            assertThat(duplicate.getBody().get("changeSeq").asLong()).isEqualTo(1);
            assertThat(duplicate.getBody().get("chunkCount").asInt())
                    .isEqualTo(first.get("chunkCount").asInt());
        }
        assertThat(count("document")).isEqualTo(documents);
        assertThat(count("chunk")).isEqualTo(chunks);
        assertThat(count("change_log")).isEqualTo(1);

        // and the same bytes in another collection are a document of their own
        createCollection("other");
        ResponseEntity<JsonNode> elsewhere =
                uploadRaw("/v1/collections/other/documents", TEXT_MARKDOWN, utf8(MARKDOWN));
        assertThat(elsewhere.getStatusCode().value()).isEqualTo(201);
        assertThat(elsewhere.getBody().get("changeSeq").asLong()).isEqualTo(2);
    }

    @Test
    void deleteRemovesTheDocumentAndItsChunksAndLogsADelete() {
        // given
        long kept = uploadRaw("/v1/collections/docs/documents", TEXT_MARKDOWN, utf8(MARKDOWN))
                .getBody()
                .get("documentId")
                .asLong();
        long deleted = uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT))
                .getBody()
                .get("documentId")
                .asLong();

        // when
        ResponseEntity<Void> response = http.delete()
                .uri("/v1/collections/docs/documents/{id}", deleted)
                .retrieve()
                .toBodilessEntity();

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT id FROM document").query(Long.class).list()).containsExactly(kept);
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE document_id = ?")
                        .param(deleted)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE document_id = ?")
                        .param(kept)
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(changeLog())
                .containsExactly(
                        List.of(1L, kept, "UPSERT"), List.of(2L, deleted, "UPSERT"), List.of(3L, deleted, "DELETE"));
        String gone = "document " + deleted + " does not exist in collection 'docs'";
        assertProblem(
                http.get()
                        .uri("/v1/collections/docs/documents/{id}", deleted)
                        .retrieve()
                        .toEntity(JsonNode.class),
                404,
                "document-not-found",
                gone);
        assertProblem(
                http.delete()
                        .uri("/v1/collections/docs/documents/{id}", deleted)
                        .retrieve()
                        .toEntity(JsonNode.class),
                404,
                "document-not-found",
                gone);
        assertThat(count("change_log")).isEqualTo(3);
    }

    @Test
    void rejectsAnEmptyOrBlankBody() {
        assertProblem(
                uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, new byte[0]),
                400,
                "empty-document",
                "document is empty: the upload has 0 bytes");
        assertProblem(
                uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8(" \n\t\n ")),
                400,
                "empty-document",
                "document has no text: its 5 bytes are whitespace only");
        assertNothingStored();
    }

    @Test
    void rejectsAnUnknownCollection() {
        assertProblem(
                uploadRaw("/v1/collections/nope/documents", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT)),
                404,
                "collection-not-found",
                "collection 'nope' does not exist");
        assertNothingStored();
    }

    @Test
    void rejectsUnsupportedMediaTypesNamingTheSupportedOnes() {
        ResponseEntity<JsonNode> pdf =
                uploadRaw("/v1/collections/docs/documents", MediaType.APPLICATION_PDF, utf8("%PDF-1.7"));
        assertProblem(pdf, 415, "unsupported-media-type", null);
        assertThat(pdf.getBody().get("detail").asString())
                .startsWith("Content-Type 'application/pdf' is not supported; supported: ")
                .contains("text/plain", "text/markdown", "multipart/form-data");

        assertProblem(
                uploadFile("docs", "diagram.png", MediaType.IMAGE_PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                415,
                "unsupported-media-type",
                "part 'file' Content-Type 'image/png' is not supported; " + SUPPORTED);
        assertProblem(
                uploadFile("docs", "report.pdf", MediaType.APPLICATION_OCTET_STREAM, utf8("%PDF-1.7")),
                415,
                "unsupported-media-type",
                "part 'file' (report.pdf) has no supported Content-Type or file extension (.txt, .md, .markdown); "
                        + SUPPORTED);
        assertProblem(
                uploadRaw(
                        "/v1/collections/docs/documents",
                        MediaType.parseMediaType("text/plain; charset=ISO-8859-1"),
                        "café".getBytes(StandardCharsets.ISO_8859_1)),
                415,
                "unsupported-media-type",
                "Content-Type 'text/plain;charset=ISO-8859-1' is not supported: documents must be UTF-8; " + SUPPORTED);
        assertNothingStored();
    }

    @Test
    void rejectsDocumentsOverTheLimitWithoutReadingThemWhole() {
        byte[] oversize = utf8("x".repeat(65_537));
        String detail = "document exceeds the limit of 65536 bytes (rag.ingest.max-document-bytes)";

        // Content-Length over the limit
        ResponseEntity<JsonNode> declared = uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, oversize);
        assertProblem(declared, 413, "document-too-large", detail);
        assertThat(declared.getBody().get("limitBytes").asLong()).isEqualTo(65_536);

        // chunked body: no length up front, cut off one byte past the limit
        ResponseEntity<JsonNode> streamed = http.post()
                .uri("/v1/collections/docs/documents")
                .contentType(MediaType.TEXT_PLAIN)
                .body(out -> {
                    for (int i = 0; i < 4; i++) {
                        out.write(oversize);
                    }
                })
                .retrieve()
                .toEntity(JsonNode.class);
        assertProblem(streamed, 413, "document-too-large", detail);

        // multipart file over spring.servlet.multipart.max-file-size (fed by the same property)
        assertProblem(uploadFile("docs", "big.txt", MediaType.TEXT_PLAIN, oversize), 413, "document-too-large", detail);

        // exactly at the limit passes the size checks (and, being blank, stops at the next one, cheaply)
        byte[] atLimit = utf8(" ".repeat(65_536));
        String blank = "document has no text: its 65536 bytes are whitespace only";
        assertProblem(
                uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, atLimit),
                400,
                "empty-document",
                blank);
        assertProblem(uploadFile("docs", "blank.txt", MediaType.TEXT_PLAIN, atLimit), 400, "empty-document", blank);
        assertNothingStored();
    }

    @Test
    void rejectsInvalidUtf8NamingTheByteOffset() {
        // given: "héllo " is 7 bytes, then 0xFF
        byte[] content = new byte[] {'h', (byte) 0xC3, (byte) 0xA9, 'l', 'l', 'o', ' ', (byte) 0xFF, 'x'};

        // when
        ResponseEntity<JsonNode> raw = uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, content);
        ResponseEntity<JsonNode> file = uploadFile("docs", "bad.md", TEXT_MARKDOWN, content);

        // then
        for (ResponseEntity<JsonNode> response : List.of(raw, file)) {
            assertProblem(
                    response,
                    400,
                    "invalid-utf8",
                    "document is not valid UTF-8 text: malformed 1-byte sequence at byte offset 7");
            assertThat(response.getBody().get("byteOffset").asLong()).isEqualTo(7);
        }
        assertNothingStored();
    }

    @Test
    void rejectsUnreadableJsonAndServesHealthAndApiDocs() {
        assertProblem(
                http.post()
                        .uri("/v1/collections")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"name\": ")
                        .retrieve()
                        .toEntity(JsonNode.class),
                400,
                "unreadable-body",
                null);

        assertThat(http.get()
                        .uri("/actuator/health/readiness")
                        .retrieve()
                        .toEntity(String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(http.get().uri("/v3/api-docs").retrieve().body(String.class))
                .contains("/v1/collections/{name}/documents", "/v1/collections/{name}/documents/{id}");
    }

    private ResponseEntity<JsonNode> createCollection(String name) {
        return http.post()
                .uri("/v1/collections")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", name))
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> uploadRaw(String uri, MediaType type, byte[] body) {
        return http.post().uri(uri).contentType(type).body(body).retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> uploadFile(String collection, String filename, MediaType type, byte[] bytes) {
        var headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(
                ContentDisposition.formData().name("file").filename(filename).build());
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new HttpEntity<>(bytes, headers));
        return http.post()
                .uri("/v1/collections/{name}/documents", collection)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    /** Status, problem type and (when given) detail, served as application/problem+json. */
    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String slug, String detail) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(PROBLEM_JSON))
                .as("Content-Type %s", response.getHeaders().getContentType())
                .isTrue();
        JsonNode body = response.getBody();
        assertThat(body.get("type").asString()).isEqualTo("https://jrag.dev/problems/" + slug);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        if (detail != null) {
            assertThat(body.get("detail").asString()).isEqualTo(detail);
        }
    }

    private void assertNothingStored() {
        assertThat(count("document")).isZero();
        assertThat(count("chunk")).isZero();
        assertThat(count("change_log")).isZero();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private List<List<Object>> changeLog() {
        return jdbc.sql("SELECT seq, document_id, operation FROM change_log ORDER BY seq")
                .query((rs, row) -> List.<Object>of(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8(text)));
    }
}
