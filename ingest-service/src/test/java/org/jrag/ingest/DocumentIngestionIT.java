package org.jrag.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.jrag.ingest.batch.ZipFixtures;
import org.jrag.ingest.collection.NewCollection;
import org.jrag.ingest.document.DocxFixtures;
import org.jrag.ingest.document.EmailFixtures;
import org.jrag.ingest.document.LegacyOfficeFixtures;
import org.jrag.ingest.document.OdfFixtures;
import org.jrag.ingest.document.PdfFixtures;
import org.jrag.ingest.document.PptxFixtures;
import org.jrag.ingest.document.XlsxFixtures;
import org.jrag.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ingest path end to end over real HTTP against real PostgreSQL + pgvector: what each request returns and which
 * rows it leaves in document, chunk and change_log. Small limits make multi-chunk documents and 413s cheap.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rag.ingest.max-document-bytes=65536",
            "rag.ingest.chunking.chunk-tokens=64",
            "rag.ingest.chunking.overlap-tokens=8",
            "rag.ingest.batch.max-entries=5",
            "rag.ingest.jobs.poll-interval=100ms",
            "rag.ingest.jobs.purge-interval=200ms",
            "management.prometheus.metrics.export.enabled=true"
        })
class DocumentIngestionIT {

    private static final MediaType TEXT_MARKDOWN = MediaType.parseMediaType("text/markdown");
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final String SUPPORTED = "supported: text/plain, text/markdown, text/html, application/pdf,"
            + " application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
            + " application/vnd.openxmlformats-officedocument.presentationml.presentation, text/csv,"
            + " text/tab-separated-values, application/vnd.oasis.opendocument.text,"
            + " application/vnd.oasis.opendocument.spreadsheet, application/vnd.oasis.opendocument.presentation,"
            + " application/rtf, application/epub+zip, application/msword, application/vnd.ms-excel,"
            + " application/vnd.ms-powerpoint, message/rfc822, application/vnd.ms-outlook, image/png, image/jpeg,"
            + " image/tiff, multipart/form-data";

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
    private final DataSource dataSource;

    DocumentIngestionIT(@LocalServerPort int port, @Autowired JdbcClient jdbc, @Autowired DataSource dataSource) {
        this.http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {})
                .build();
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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
        jdbc.sql("TRUNCATE collection, document, chunk, change_log, ingest_job RESTART IDENTITY CASCADE")
                .update();
        assertThat(createCollection("docs").getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void createsListsAndRejectsCollections() {
        // when
        ResponseEntity<JsonNode> created = createCollection(Map.of("name", "papers", "description", "Research papers"));

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
        byte[] gifBytes = {'G', 'I', 'F', '8', '9', 'a'};
        ResponseEntity<JsonNode> gif = uploadRaw("/v1/collections/docs/documents", MediaType.IMAGE_GIF, gifBytes);
        assertProblem(gif, 415, "unsupported-media-type", null);
        assertThat(gif.getBody().get("detail").asString())
                .startsWith("Content-Type 'image/gif' is not supported; supported: ")
                .contains("text/plain", "text/markdown", "text/html", "application/pdf", "image/png");

        assertProblem(
                uploadFile("docs", "diagram.gif", MediaType.IMAGE_GIF, gifBytes),
                415,
                "unsupported-media-type",
                "content is not a supported format: a GIF image (Content-Type 'image/gif', file name"
                        + " 'diagram.gif'); " + SUPPORTED);
        assertProblem(
                uploadFile("docs", "blob.bin", MediaType.APPLICATION_OCTET_STREAM, new byte[] {1, 0, 2, 0, 3}),
                415,
                "unsupported-media-type",
                "content is not a supported format: binary data without a known signature (file name 'blob.bin'); "
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

    @Test
    void ingestsHtmlMainTextWithItsHeadingsAsChunkSections() {
        // given: a page with scripts, navigation and a footer around its main content
        String html = "<!doctype html><html><head><title>RRF guide</title><script>track()</script></head><body>"
                + "<nav>Home Blog About</nav><main><h1>Fusion</h1><p>"
                + "Reciprocal rank fusion adds ranks. ".repeat(20)
                + "</p><h2>Tuning</h2><p>" + "The constant k is sixty by default. ".repeat(20)
                + "</p></main><footer>(c) 2024</footer></body></html>";

        // when
        JsonNode body = uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_HTML, utf8(html))
                .getBody();

        // then
        assertThat(body.get("mediaType").asString()).isEqualTo("text/html");
        assertThat(body.get("title").asString()).isEqualTo("RRF guide");
        assertThat(body.get("formatMismatch").isNull()).isTrue();
        String content =
                jdbc.sql("SELECT content FROM document").query(String.class).single();
        assertThat(content).startsWith("Fusion\n\nReciprocal rank fusion").doesNotContain("track", "Home", "(c)");
        List<String> sections = jdbc.sql("SELECT metadata->>'section' FROM chunk ORDER BY position")
                .query(String.class)
                .list();
        assertThat(sections).first().isEqualTo("# Fusion");
        assertThat(sections).last().isEqualTo("# Fusion > ## Tuning");
        assertChunksReproduceTheirText();
    }

    @Test
    void readsAScannedPageByOcrBesideAPageWithText() {
        // given a PDF of a page with a text layer and a scanned one (an image of text alone)
        byte[] pdf = PdfFixtures.scanned(
                null, "Invoices are paid within thirty days.\nLate payments carry a fee of two percent.");

        // when it is uploaded
        ResponseEntity<JsonNode> response =
                uploadRaw("/v1/collections/docs/documents?source=scan.pdf", MediaType.APPLICATION_PDF, pdf);

        // then Tesseract read the scanned page, which its chunks cite as page 2, and the answer and the metadata say so
        // (readiness shows that it can)
        assertThat(response.getBody().get("ocrPages").asInt()).isEqualTo(1);
        assertThat(getJson("/actuator/health/readiness")
                        .getBody()
                        .at("/components/ocr/details/languages")
                        .asString())
                .isEqualTo("eng");
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        long id = response.getBody().get("documentId").asLong();
        JsonNode view = getJson("/v1/collections/docs/documents/" + id).getBody();
        assertThat(view.at("/metadata/ocr_pages").asInt()).isEqualTo(1);
        String content = jdbc.sql("SELECT content FROM document WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(content)
                .startsWith("This page has a text layer.\n\n")
                .contains("Invoices are paid within thirty days.")
                .contains("Late payments carry a fee of two percent.");
        assertThat(jdbc.sql("SELECT text FROM chunk WHERE metadata->'pages' @> '[2]'")
                        .query(String.class)
                        .list())
                .anySatisfy(text -> assertThat(text).contains("Invoices are paid"));
    }

    @Test
    void readsTheScansOfAGermanCollectionWithGermanData() {
        // given a German collection and a scan of a German sentence (English data alone reads "Gro&e der Baume")
        createCollection(Map.of("name", "archiv", "language", "german"));
        byte[] pdf = PdfFixtures.scanned("Die Größe der Bäume ändert sich über Jahre.");

        // when it is uploaded
        long id = uploadRaw("/v1/collections/archiv/documents", MediaType.APPLICATION_PDF, pdf)
                .getBody()
                .get("documentId")
                .asLong();

        // then its umlauts are read (the scan, drawn at 150 dpi, leaves "Bäume" uncertain)
        assertThat(jdbc.sql("SELECT content FROM document WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("Die Größe der", "ändert sich über Jahre.");
    }

    @Test
    void readsAnImageOfTextByOcr() throws Exception {
        // given a photographed page as PNG, sent as a file without a declared type
        var png = new ByteArrayOutputStream();
        ImageIO.write(PdfFixtures.textImage(1400, 400, 48, "Visitors sign in at the front desk."), "png", png);

        // when
        ResponseEntity<JsonNode> response =
                uploadFile("docs", "sign-in.png", MediaType.APPLICATION_OCTET_STREAM, png.toByteArray());

        // then it is stored as an image whose text OCR read
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getBody().get("mediaType").asString()).isEqualTo("image/png");
        long id = response.getBody().get("documentId").asLong();
        assertThat(getJson("/v1/collections/docs/documents/" + id)
                        .getBody()
                        .at("/metadata/ocr_pages")
                        .asInt())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT content FROM document WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("Visitors sign in at the front desk.");
    }

    @Test
    void ingestsAPdfKeepingPageNumbersPerChunkAndDetectsItDespiteTheDeclaredType() {
        // given: three pages, sent as a multipart part that claims to be plain text
        byte[] pdf = PdfFixtures.pages(
                "Graph Indexes",
                "Page one explains HNSW layers.\n" + "Each layer is a proximity graph. ".repeat(3),
                "Page two explains search.\n" + "Greedy search descends the layers. ".repeat(3),
                "Page three explains tuning.");

        // when
        ResponseEntity<JsonNode> response = http.post()
                .uri("/v1/collections/docs/documents?chunker=sentence&chunkTokens=16&tags=graphs,ann")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(filePart("notes.txt", MediaType.TEXT_PLAIN, pdf))
                .retrieve()
                .toEntity(JsonNode.class);

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        JsonNode body = response.getBody();
        assertThat(body.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(body.get("title").asString()).isEqualTo("Graph Indexes");
        assertThat(body.get("declaredMediaType").asString()).isEqualTo("text/plain");
        assertThat(body.get("formatMismatch").asString())
                .isEqualTo("declared text/plain (Content-Type 'text/plain', file name 'notes.txt') but the content"
                        + " is application/pdf; parsed as application/pdf");
        assertThat(body.get("chunker").asString()).isEqualTo("sentence");
        List<String> pages = jdbc.sql("SELECT metadata->>'pages' FROM chunk ORDER BY position")
                .query(String.class)
                .list();
        assertThat(pages).first().isEqualTo("[1]");
        assertThat(pages).contains("[2]").last().isEqualTo("[3]");
        assertThat(jdbc.sql("SELECT text FROM chunk WHERE metadata->'pages' = '[3]'")
                        .query(String.class)
                        .list())
                .containsExactly("Page three explains tuning.");
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE metadata->'tags' = '[\"graphs\", \"ann\"]'")
                        .query(Long.class)
                        .single())
                .isEqualTo(body.get("chunkCount").asLong());
        assertThat(jdbc.sql("SELECT metadata->>'page_count' FROM document")
                        .query(String.class)
                        .single())
                .isEqualTo("3");
        assertChunksReproduceTheirText();
    }

    @Test
    void ingestsAnOpenDocumentTextWithItsSections() {
        // given a LibreOffice document sent as a file part that claims to be a Word document
        byte[] odt = OdfFixtures.odf(
                "application/vnd.oasis.opendocument.text",
                "Runbook",
                "<office:text><text:h text:outline-level=\"1\">Restart</text:h><text:p>Drain the node first.</text:p>"
                        + "</office:text>");

        // when
        ResponseEntity<JsonNode> response = uploadFile(
                "docs",
                "runbook.docx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                odt);

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getBody().get("mediaType").asString()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(response.getBody().get("title").asString()).isEqualTo("Runbook");
        assertThat(response.getBody().get("formatMismatch").asString()).contains("parsed as application/vnd.oasis");
        assertThat(jdbc.sql("SELECT content FROM document").query(String.class).single())
                .isEqualTo("Restart\n\nDrain the node first.");
        assertThat(jdbc.sql("SELECT DISTINCT metadata->>'section' FROM chunk")
                        .query(String.class)
                        .list())
                .containsExactly("# Restart");
    }

    @Test
    void ingestsAnEmailWithItsAttachmentsEachChunkSayingWhichPartItCameFrom() {
        // given a message saved by a mail client, sent without a type
        byte[] eml = EmailFixtures.eml(EmailFixtures.message(
                "Gateway ports",
                EmailFixtures.text("Hi Bob,\n\nthe gateway moves to port 9090 on Monday. "
                        + "Clients that call port 8080 directly must change their base URL before then. "
                        + "The load balancer keeps both ports open for one week, then drops the old one. "
                        + "Tell the teams that run batch jobs at night, they are the most likely to be missed."),
                EmailFixtures.attachment(
                        "runbook.pdf",
                        "application/pdf",
                        PdfFixtures.pages(
                                "Runbook",
                                "Restart the gateway after the port change. Check the health endpoint on the new"
                                        + " port, then watch the error rate for ten minutes. Roll back by restoring"
                                        + " the previous configuration map and restarting the pods again. Page the"
                                        + " on-call engineer when the error rate stays above one percent, and write"
                                        + " down what was changed, when, and by whom, in the change log of the"
                                        + " platform team, so that the next change starts from what is known."))));

        // when
        ResponseEntity<JsonNode> response =
                uploadFile("docs", "gateway-ports.eml", MediaType.APPLICATION_OCTET_STREAM, eml);

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getBody().get("mediaType").asString()).isEqualTo("message/rfc822");
        assertThat(response.getBody().get("title").asString()).isEqualTo("Gateway ports");
        assertThat(jdbc.sql("SELECT content FROM document").query(String.class).single())
                .startsWith("Gateway ports\n\nFrom: Ann Example <ann@example.com>\n")
                .contains("Attachments: runbook.pdf\n\nHi Bob,")
                .contains("Attachment: runbook.pdf\n\nRestart the gateway after the port change.");
        assertThat(jdbc.sql("SELECT DISTINCT metadata->>'section' FROM chunk ORDER BY 1")
                        .query(String.class)
                        .list())
                .containsExactly("# Gateway ports", "# Gateway ports > ## Attachment: runbook.pdf");
        assertChunksReproduceTheirText();
    }

    @Test
    void ingestsAWord97DocumentFromAnArchiveWithItsSections() {
        // given a .doc from the years before .docx, sent as bytes of no declared type
        ResponseEntity<JsonNode> response =
                uploadFile("docs", "runbook.doc", MediaType.APPLICATION_OCTET_STREAM, LegacyOfficeFixtures.doc());

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getBody().get("mediaType").asString()).isEqualTo("application/msword");
        assertThat(response.getBody().get("title").asString()).isEqualTo("Gateway Runbook");
        assertThat(jdbc.sql("SELECT content FROM document").query(String.class).single())
                .startsWith("Restart\n\nDrain the node first")
                .contains("gateway 8080");
        assertThat(jdbc.sql("SELECT DISTINCT metadata->>'section' FROM chunk ORDER BY 1")
                        .query(String.class)
                        .list())
                .contains("# Restart");
        assertChunksReproduceTheirText();
    }

    @Test
    void ingestsACsvExportRecordByRecordUnderItsHeader() {
        // given an export as Excel writes it in a German locale: semicolons, a quoted field holding one
        byte[] csv = utf8("Dienst;Port;Hinweis\r\ngateway;8080;\"Einstieg; für alle\"\r\ningest;8081;\r\n");

        // when
        ResponseEntity<JsonNode> response = uploadFile("docs", "dienste.csv", MediaType.APPLICATION_OCTET_STREAM, csv);

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getBody().get("mediaType").asString()).isEqualTo("text/csv");
        assertThat(jdbc.sql("SELECT content FROM document").query(String.class).single())
                .isEqualTo("Dienst | Port | Hinweis\n"
                        + "Dienst: gateway; Port: 8080; Hinweis: Einstieg; für alle\n"
                        + "Dienst: ingest; Port: 8081");
        assertChunksReproduceTheirText();

        // and a quote never closed stores nothing
        ResponseEntity<JsonNode> broken =
                uploadRaw("/v1/collections/docs/documents", MediaType.parseMediaType("text/csv"), utf8("a,\"b\nc,d"));
        assertProblem(
                broken,
                422,
                "corrupt-document",
                "document is not a readable text/csv: the quoted field opened" + " on line 1 is never closed");
        assertThat(count("document")).isEqualTo(1);
    }

    @Test
    void ingestsAWorkbookRowByRowAndAPresentationSlideBySlide() {
        // given: a workbook sent raw, a presentation as a file part named by its extension only
        var sheets = new LinkedHashMap<String, String[][]>();
        sheets.put("Ports", new String[][] {{"Service", "Port"}, {"gateway", "8080"}, {"ingest", "8081"}});
        sheets.put("Owners", new String[][] {{"Service", "Team"}, {"gateway", "platform"}});
        byte[] xlsx = XlsxFixtures.xlsx("Service map", sheets);
        byte[] pptx = PptxFixtures.pptx(
                null,
                new PptxFixtures.Slide("Fusion", "RRF adds reciprocal ranks.", "Mention k = 60."),
                new PptxFixtures.Slide("Re-ranking", "A cross-encoder reads each pair.", null));

        // when
        ResponseEntity<JsonNode> workbook = uploadRaw(
                "/v1/collections/docs/documents?chunker=recursive&chunkTokens=24",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                xlsx);
        ResponseEntity<JsonNode> deck = uploadFile("docs", "deck.pptx", MediaType.APPLICATION_OCTET_STREAM, pptx);

        // then
        assertThat(workbook.getStatusCode().value()).isEqualTo(201);
        assertThat(workbook.getBody().get("title").asString()).isEqualTo("Service map");
        long workbookId = workbook.getBody().get("documentId").asLong();
        assertThat(jdbc.sql("SELECT content FROM document WHERE id = ?")
                        .param(workbookId)
                        .query(String.class)
                        .single())
                .isEqualTo("Ports\n\nService | Port\nService: gateway; Port: 8080\nService: ingest; Port: 8081\n\n"
                        + "Owners\n\nService | Team\nService: gateway; Team: platform");
        assertThat(jdbc.sql("SELECT DISTINCT metadata->>'section' FROM chunk WHERE document_id = ?")
                        .param(workbookId)
                        .query(String.class)
                        .set())
                .containsExactlyInAnyOrder("# Ports", "# Owners");

        assertThat(deck.getStatusCode().value()).isEqualTo(201);
        JsonNode body = deck.getBody();
        assertThat(body.get("mediaType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(body.get("title").asString()).isEqualTo("Fusion");
        assertThat(jdbc.sql("SELECT metadata->>'page_count' FROM document WHERE id = ?")
                        .param(body.get("documentId").asLong())
                        .query(String.class)
                        .single())
                .isEqualTo("2");
        assertThat(jdbc.sql("SELECT text FROM chunk WHERE document_id = ? AND metadata->'pages' @> '[2]'")
                        .param(body.get("documentId").asLong())
                        .query(String.class)
                        .list())
                .anySatisfy(text -> assertThat(text).contains("A cross-encoder reads each pair."));
        assertChunksReproduceTheirText();
    }

    @Test
    void storesDocumentMetadataAndCopiesTagsAndPublicationDateIntoEveryChunk() {
        // when
        JsonNode body = uploadRaw(
                        "/v1/collections/docs/documents?url=https://example.org/hnsw&tags=ann&tags=graphs"
                                + "&publishedAt=2024-05-01",
                        TEXT_MARKDOWN,
                        utf8(MARKDOWN))
                .getBody();

        // then
        assertThat(body.get("source").asString()).isEqualTo("https://example.org/hnsw");
        JsonNode view = http.get()
                .uri(
                        "/v1/collections/docs/documents/{id}",
                        body.get("documentId").asLong())
                .retrieve()
                .body(JsonNode.class);
        JsonNode metadata = view.get("metadata");
        assertThat(metadata.get("url").asString()).isEqualTo("https://example.org/hnsw");
        assertThat(metadata.get("tags").valueStream().map(JsonNode::asString)).containsExactly("ann", "graphs");
        assertThat(metadata.get("published_at").asString()).isEqualTo("2024-05-01");
        assertThat(metadata.get("chunker").asString()).isEqualTo("fixed");
        assertThat(jdbc.sql("SELECT DISTINCT metadata->>'published_at' || ' ' || (metadata->'tags')::text FROM chunk")
                        .query(String.class)
                        .list())
                .containsExactly("2024-05-01 [\"ann\", \"graphs\"]");
        assertThat(jdbc.sql("SELECT metadata->>'section' FROM chunk ORDER BY position")
                        .query(String.class)
                        .list())
                .first()
                .isEqualTo("# Vector Search Basics");
    }

    @Test
    void rejectsBadMetadataNamingTheParameter() {
        ResponseEntity<JsonNode> badDate = uploadRaw(
                "/v1/collections/docs/documents?publishedAt=yesterday", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT));
        assertProblem(
                badDate,
                400,
                "invalid-parameter",
                "publishedAt must be an ISO-8601 date (2024-05-01) or date-time with offset (2024-05-01T10:00:00Z),"
                        + " got: 'yesterday'");
        assertThat(badDate.getBody().get("parameter").asString()).isEqualTo("publishedAt");
        assertProblem(
                uploadRaw("/v1/collections/docs/documents?url=ftp://x/y", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT)),
                400,
                "invalid-parameter",
                "url must be an absolute http or https URL, got: 'ftp://x/y'");
        assertNothingStored();
    }

    @Test
    void rejectsEncryptedAndCorruptPdfsStoringNothing() {
        ResponseEntity<JsonNode> locked = uploadRaw(
                "/v1/collections/docs/documents",
                MediaType.APPLICATION_PDF,
                PdfFixtures.passwordProtected("secret plans"));
        assertProblem(locked, 422, "encrypted-pdf", null);
        assertThat(locked.getBody().get("detail").asString()).startsWith("PDF is encrypted with a password");
        assertProblem(
                uploadFile(
                        "docs",
                        "locked.pdf",
                        MediaType.APPLICATION_OCTET_STREAM,
                        PdfFixtures.extractionForbidden("secret plans")),
                422,
                "encrypted-pdf",
                "PDF is encrypted and its permissions forbid extracting text");
        ResponseEntity<JsonNode> corrupt =
                uploadRaw("/v1/collections/docs/documents", MediaType.APPLICATION_PDF, PdfFixtures.corrupt());
        assertProblem(corrupt, 422, "corrupt-document", null);
        assertThat(corrupt.getBody().get("detail").asString())
                .startsWith("document is not a readable application/pdf: ");
        assertThat(corrupt.getBody().get("mediaType").asString()).isEqualTo("application/pdf");
        assertNothingStored();
    }

    @Test
    void ingestsAZipArchiveAsOneBatchAndStoresNothingWhenAnEntryIsBad() {
        // given
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("guide/hnsw.md", utf8(MARKDOWN));
        entries.put("guide/page.html", utf8("<html><body><main><p>RRF fuses ranks.</p></main></body></html>"));
        entries.put("guide/scan.pdf", PdfFixtures.pages(null, "A scanned page about BM25."));
        entries.put("guide/memo.docx", DocxFixtures.docx(null, "#1 Memo", "Dense retrieval uses HNSW."));
        entries.put("guide/again.md", utf8(MARKDOWN)); // identical bytes: a duplicate of the first entry

        // when
        ResponseEntity<JsonNode> response =
                uploadBatch("/v1/collections/docs/documents/batch?tags=guide", ZIP, ZipFixtures.zip(entries));

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        JsonNode body = response.getBody();
        assertThat(body.get("stored").asInt()).isEqualTo(4);
        List<JsonNode> documents = body.get("documents").valueStream().toList();
        assertThat(documents)
                .extracting(d -> d.get("source").asString())
                .containsExactly(
                        "guide/hnsw.md", "guide/page.html", "guide/scan.pdf", "guide/memo.docx", "guide/hnsw.md");
        assertThat(documents)
                .extracting(d -> d.get("mediaType").asString())
                .containsExactly(
                        "text/markdown",
                        "text/html",
                        "application/pdf",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "text/markdown");
        assertThat(documents.get(3).get("title").asString()).isEqualTo("Memo");
        assertThat(documents.get(4).get("duplicate").asBoolean()).isTrue();
        assertThat(documents.get(4).get("documentId").asLong())
                .isEqualTo(documents.get(0).get("documentId").asLong());
        assertThat(count("document")).isEqualTo(4);
        assertThat(count("change_log")).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE metadata->'tags' <> '[\"guide\"]'")
                        .query(Long.class)
                        .single())
                .isZero();

        // and a batch with one corrupt entry stores none of its entries
        var bad = new LinkedHashMap<String, byte[]>();
        bad.put("fine.txt", utf8("A perfectly good new document."));
        bad.put("broken.pdf", PdfFixtures.corrupt());
        ResponseEntity<JsonNode> refused =
                uploadBatch("/v1/collections/docs/documents/batch", ZIP, ZipFixtures.zip(bad));
        assertProblem(refused, 422, "corrupt-document", null);
        assertThat(refused.getBody().get("detail").asString())
                .startsWith("batch entry 'broken.pdf': document is not a readable application/pdf: ");
        assertThat(refused.getBody().get("entry").asString()).isEqualTo("'broken.pdf'");
        assertThat(count("document")).isEqualTo(4);
        assertThat(count("change_log")).isEqualTo(4);
    }

    @Test
    void rejectsZipBombsTooManyEntriesAndBrokenArchives() {
        // entries each under the 64 KiB document limit, together expanding hundreds of times
        byte[] bomb = ZipFixtures.bomb(5, 60_000);
        ResponseEntity<JsonNode> exploded = uploadBatch("/v1/collections/docs/documents/batch", ZIP, bomb);
        assertProblem(exploded, 413, "zip-bomb", null);
        assertThat(exploded.getBody().get("detail").asString())
                .isEqualTo("zip archive of " + bomb.length + " bytes expands more than 100 times"
                        + " (rag.ingest.batch.max-compression-ratio), at entry 'zeros-1.txt'");

        ResponseEntity<JsonNode> many =
                uploadBatch("/v1/collections/docs/documents/batch", ZIP, ZipFixtures.manyEntries(6));
        assertProblem(many, 422, "too-many-entries", "batch holds more than 5 entries (rag.ingest.batch.max-entries)");
        assertThat(many.getBody().get("limit").asInt()).isEqualTo(5);

        assertProblem(
                uploadBatch("/v1/collections/docs/documents/batch", ZIP, utf8("PK not really a zip")),
                422,
                "corrupt-document",
                "document is not a readable application/zip: no zip entry found where the archive should start");
        assertProblem(
                uploadRaw(
                        "/v1/collections/docs/documents",
                        MediaType.APPLICATION_OCTET_STREAM,
                        ZipFixtures.manyEntries(1)),
                415,
                "unsupported-media-type",
                "content is a zip archive (nothing declared); send archives to POST"
                        + " /v1/collections/{name}/documents/batch; " + SUPPORTED);
        assertNothingStored();
    }

    @Test
    void ingestsAJsonListAndNamesTheEntryThatBreaksARule() {
        // given
        String list = """
                [{"title": "BM25", "url": "https://example.org/bm25", "tags": ["ranking"],
                  "publishedAt": "2023-01-02T03:04:05Z", "content": "BM25 scores terms by frequency and rarity."},
                 {"source": "notes/rrf.md", "mediaType": "text/markdown", "content": "# RRF\\n\\nFuses ranks."}]
                """;

        // when
        ResponseEntity<JsonNode> response =
                uploadBatch("/v1/collections/docs/documents/batch", MediaType.APPLICATION_JSON, utf8(list));

        // then
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        List<JsonNode> documents =
                response.getBody().get("documents").valueStream().toList();
        assertThat(documents).extracting(d -> d.get("title").asString()).containsExactly("BM25", "RRF");
        assertThat(documents)
                .extracting(d -> d.get("source").asString())
                .containsExactly("https://example.org/bm25", "notes/rrf.md");
        assertThat(jdbc.sql("SELECT metadata->>'published_at' FROM document WHERE title = 'BM25'")
                        .query(String.class)
                        .single())
                .isEqualTo("2023-01-02T03:04:05Z");

        // and a bad entry refuses the whole list
        ResponseEntity<JsonNode> refused = uploadBatch(
                "/v1/collections/docs/documents/batch",
                MediaType.APPLICATION_JSON,
                utf8("[{\"content\": \"fine\"}, {\"content\": \"x\", \"tags\": [\" \"]}]"));
        assertProblem(refused, 400, "invalid-parameter", "batch entry #1: tags must not contain blank tags");
        assertThat(refused.getBody().get("parameter").asString()).isEqualTo("tags");
        assertThat(refused.getBody().get("entry").asString()).isEqualTo("#1");
        assertProblem(
                uploadBatch("/v1/collections/docs/documents/batch", MediaType.APPLICATION_JSON, utf8("{\"a\": 1}")),
                400,
                "unreadable-body",
                null);
        assertThat(count("document")).isEqualTo(2);
    }

    @Test
    void aCollectionExportedAndImportedUnderAnotherNameHoldsTheSameDocumentsChunksAndVectors() {
        // given a document for hr with tags and one cut parent-child (parents without vectors)
        long first = uploadRaw(
                        "/v1/collections/docs/documents?source=guide.md&readers=hr&tags=search",
                        TEXT_MARKDOWN,
                        utf8(MARKDOWN))
                .getBody()
                .get("documentId")
                .asLong();
        uploadRaw(
                "/v1/collections/docs/documents?source=notes.txt&chunker=parent-child&chunkTokens=16&parentTokens=64",
                MediaType.TEXT_PLAIN,
                utf8(PLAIN_TEXT));
        long seqBefore = changeLog().size();

        // when
        ResponseEntity<String> exported =
                http.get().uri("/v1/collections/docs/export").retrieve().toEntity(String.class);
        ResponseEntity<JsonNode> imported = importFile("copy", exported.getBody());

        // then a header and a line per document, and an import of both with every chunk, logged for retrieval
        assertThat(exported.getStatusCode().value()).isEqualTo(200);
        assertThat(exported.getHeaders().getContentType()).hasToString("application/x-ndjson;charset=UTF-8");
        List<String> lines = List.of(exported.getBody().split("\n"));
        assertThat(lines).hasSize(3);
        JsonNode header = JSON.readTree(lines.getFirst());
        assertThat(header.get("format").asString()).isEqualTo("jrag-collection/1");
        assertThat(header.at("/embeddingModel/dimension").asInt()).isEqualTo(384);
        assertThat(imported.getStatusCode().value())
                .as("%s", imported.getBody())
                .isEqualTo(201);
        assertThat(imported.getBody().get("documents").asInt()).isEqualTo(2);
        assertThat(imported.getBody().get("chunks").asLong()).isEqualTo(count("chunk") / 2);
        assertThat(changeLog()).hasSize((int) seqBefore + 2);
        // the same documents (text, metadata, readers, structure) and chunks (offsets, parents, metadata, vectors)
        String documentsOf = """
                SELECT d.source, d.title, d.media_type, d.content_hash, d.content, d.metadata::text, d.readers::text,
                       d.structure::text
                FROM document d JOIN collection c ON c.id = d.collection_id WHERE c.name = ? ORDER BY d.source""";
        String chunksOf = """
                SELECT d.source, ch.position, p.position, ch.text, ch.start_offset, ch.end_offset, ch.token_count,
                       ch.metadata::text, ch.embedding::text
                FROM chunk ch JOIN document d ON d.id = ch.document_id JOIN collection c ON c.id = d.collection_id
                LEFT JOIN chunk p ON p.id = ch.parent_id
                WHERE c.name = ? ORDER BY d.source, ch.position""";
        for (String query : List.of(documentsOf, chunksOf)) {
            assertThat(rows(query, "copy")).isNotEmpty().isEqualTo(rows(query, "docs"));
        }
        assertThat(rows(chunksOf, "copy").stream().filter(row -> row.get(2) != null))
                .as("children under their parents")
                .isNotEmpty();

        // a caller that reads as other principals exports what it may read alone
        String forStaff = http.get()
                .uri("/v1/collections/docs/export")
                .header("X-Jrag-Principals", "staff")
                .retrieve()
                .body(String.class);
        assertThat(forStaff.split("\n")).hasSize(2).noneMatch(line -> line.contains("\"id\":" + first + ","));

        // an import into a name that is taken, of a file with a bad line, or of another model's vectors stores nothing
        long documents = count("document");
        assertProblem(importFile("copy", exported.getBody()), 409, "collection-exists", null);
        // (the second document's first chunk moved: the first document, stored by then, is rolled back with it)
        String tampered = String.join(
                "\n", lines.get(0), lines.get(1), lines.get(2).replace("\"startOffset\":0,", "\"startOffset\":1,"));
        assertProblem(
                importFile("broken", tampered),
                400,
                "invalid-import",
                "line 3: chunk 0 is not the text between its offsets in the document's content");
        assertProblem(importFile("broken", "{\"format\": \"csv\"}"), 400, "invalid-import", null);
        String otherModel = lines.getFirst()
                        .replace(header.at("/embeddingModel/fingerprint").asString(), "0".repeat(64))
                + "\n" + lines.get(1);
        assertProblem(importFile("broken", otherModel), 409, "import-model-mismatch", null);
        assertThat(count("document")).isEqualTo(documents);
        assertThat(getJson("/v1/collections/broken").getStatusCode().value()).isEqualTo(404);
        assertThat(getJson("/v1/collections/nowhere/export").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void aCollectionsLanguageIsCheckedKeptExportedAndAChangeOfItReindexesItsDocuments() {
        // given a German collection with a document
        ResponseEntity<JsonNode> created = createCollection(Map.of("name", "deutsch", "language", "German"));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody().get("language").asString()).isEqualTo("german");
        long id = uploadRaw("/v1/collections/deutsch/documents", MediaType.TEXT_PLAIN, utf8("Die Katzen schlafen."))
                .getBody()
                .get("documentId")
                .asLong();
        int logged = changeLog().size();

        // when its language changes, every document is logged again for retrieval to index under the new analysis
        JsonNode patched =
                patch("/v1/collections/deutsch", "{\"language\": \"standard\"}").getBody();
        assertThat(patched.get("language").asString()).isEqualTo("standard");
        assertThat(changeLog()).hasSize(logged + 1);
        assertThat(changeLog().getLast()).containsExactly(changeLog().getLast().getFirst(), id, "UPSERT");
        // the same language again, or another member, logs nothing
        patch("/v1/collections/deutsch", "{\"language\": \"standard\", \"description\": \"Tiere\"}");
        assertThat(changeLog()).hasSize(logged + 1);

        // and the language travels with an export
        String exported =
                http.get().uri("/v1/collections/deutsch/export").retrieve().body(String.class);
        assertThat(importFile("deutsch-copy", exported).getStatusCode().value()).isEqualTo(201);
        assertThat(getJson("/v1/collections/deutsch-copy")
                        .getBody()
                        .get("language")
                        .asString())
                .isEqualTo("standard");

        // a language no analyzer serves is refused, naming the choices
        assertProblem(
                createCollection(Map.of("name", "klingon", "language", "klingon")),
                400,
                "invalid-parameter",
                "language must be one of " + NewCollection.LANGUAGES + " or null, got: 'klingon'");
        assertProblem(patch("/v1/collections/deutsch", "{\"language\": 7}"), 400, "invalid-parameter", null);
    }

    @Test
    void everyDocumentsLanguageIsToldAndASwitchToAutoTellsThoseStoredBefore() {
        // given documents in German, French and too few words to tell
        createCollection(Map.of("name", "gemischt"));
        long german = upload(
                "gemischt",
                "Die Hauskatze ist ein kleines Raubtier. Sie wird seit Jahrtausenden als Haustier gehalten, und in"
                        + " vielen Ländern ist sie das beliebteste Tier der Familie.");
        long french = upload(
                "gemischt",
                "Le chat domestique est un petit mammifère de la famille des félidés. Il vit avec les humains depuis"
                        + " plus de dix mille ans.");
        long shortOne = upload("gemischt", "Cats sleep.");

        // then each document's metadata (and its upload's answer) says the language it is in, where it can be told
        assertThat(languageOf(german)).isEqualTo("german");
        assertThat(languageOf(french)).isEqualTo("french");
        assertThat(languageOf(shortOne)).isNull();

        // when the collection switches to auto with a document stored before languages were told
        jdbc.sql("UPDATE document SET metadata = metadata - 'language' WHERE id = ?")
                .param(french)
                .update();
        int logged = changeLog().size();
        JsonNode patched =
                patch("/v1/collections/gemischt", "{\"language\": \"auto\"}").getBody();

        // then its language is told and every document is logged again for retrieval to index in its own
        assertThat(patched.get("language").asString()).isEqualTo("auto");
        assertThat(languageOf(french)).isEqualTo("french");
        assertThat(changeLog()).hasSize(logged + 3);
        assertThat(changeLog().subList(logged, logged + 3))
                .extracting(row -> row.get(1))
                .containsExactlyInAnyOrder(german, french, shortOne);
        // and an upload's answer says the language told for it
        assertThat(uploadRaw(
                                "/v1/collections/gemischt/documents",
                                MediaType.TEXT_PLAIN,
                                utf8("Der Hund ist ein Haustier, das seit Jahrtausenden mit den Menschen lebt, und er"
                                        + " ist in vielen Ländern das beliebteste Tier der Familie."))
                        .getBody()
                        .get("language")
                        .asString())
                .isEqualTo("german");
    }

    @Test
    void aCollectionRedactsTheKindsOfPersonalDataItNamesBeforeStoringDocuments() {
        // given a collection that redacts e-mail addresses and phone numbers
        ResponseEntity<JsonNode> created =
                createCollection(Map.of("name", "hr", "redact", List.of("Phone", "email", "email")));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody().get("redact").valueStream().map(JsonNode::asString))
                .containsExactly("email", "phone");

        // when a document holding both (and a card number, not asked for) is uploaded
        long id = upload(
                "hr",
                "Ask ann@example.com or call +44 20 7946 0958 about the travel policy. Card 4111 1111 1111 1111.");

        // then neither is stored, in the document or its chunks, and the metadata counts them
        String content = jdbc.sql("SELECT content FROM document WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(content).isEqualTo("Ask [EMAIL] or call [PHONE] about the travel policy. Card 4111 1111 1111 1111.");
        assertThat(jdbc.sql("SELECT string_agg(text, ' ') FROM chunk WHERE document_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .doesNotContain("ann@example.com", "7946");
        JsonNode metadata =
                getJson("/v1/collections/hr/documents/" + id).getBody().get("metadata");
        assertThat(metadata.at("/redacted/email").asInt()).isEqualTo(1);
        assertThat(metadata.at("/redacted/phone").asInt()).isEqualTo(1);
        // the same bytes again are a duplicate, whose answer tells the stored document's counts and language
        JsonNode again = uploadRaw(
                        "/v1/collections/hr/documents",
                        MediaType.TEXT_PLAIN,
                        utf8("Ask ann@example.com or call +44 20 7946 0958 about the travel policy. Card 4111 1111 1111"
                                + " 1111."))
                .getBody();
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(again.at("/redacted/email").asInt()).isEqualTo(1);
        assertThat(again.at("/redacted/phone").asInt()).isEqualTo(1);
        assertThat(again.get("language").isNull()).as("too few words to tell").isTrue();

        // a title given later is redacted as well
        assertThat(patch("/v1/collections/hr/documents/" + id, "{\"title\": \"Travel (ann@example.com)\"}")
                        .getBody()
                        .get("title")
                        .asString())
                .isEqualTo("Travel ([EMAIL])");

        // and the kinds travel with an export, change by a patch, and are checked
        String exported = http.get().uri("/v1/collections/hr/export").retrieve().body(String.class);
        assertThat(importFile("hr-copy", exported).getStatusCode().value()).isEqualTo(201);
        assertThat(getJson("/v1/collections/hr-copy")
                        .getBody()
                        .get("redact")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly("email", "phone");
        assertThat(patch("/v1/collections/hr", "{\"redact\": null}").getBody().get("redact"))
                .isEmpty();
        assertProblem(
                createCollection(Map.of("name", "hr2", "redact", List.of("passport"))),
                400,
                "invalid-parameter",
                "redact must name kinds of personal data: unknown PII kind 'passport', expected one of [email, phone,"
                        + " card, iban, ssn]");
        assertProblem(patch("/v1/collections/hr", "{\"redact\": \"email\"}"), 400, "invalid-parameter", null);
    }

    @Test
    void aCollectionKeepsInstructionsForItsAnswersThatAPatchChangesAndAnExportCarries() {
        ResponseEntity<JsonNode> created =
                createCollection(Map.of("name", "handbuch", "instructions", "  Answer in German.  "));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody().get("instructions").asString()).isEqualTo("Answer in German.");

        // a patch that leaves them out keeps them; one that names them replaces them
        assertThat(patch("/v1/collections/handbuch", "{\"description\": \"Das Handbuch\"}")
                        .getBody()
                        .get("instructions")
                        .asString())
                .isEqualTo("Answer in German.");
        assertThat(patch("/v1/collections/handbuch", "{\"instructions\": \"Answer in German, briefly.\"}")
                        .getBody()
                        .get("instructions")
                        .asString())
                .isEqualTo("Answer in German, briefly.");
        String exported =
                http.get().uri("/v1/collections/handbuch/export").retrieve().body(String.class);
        assertThat(importFile("handbuch-copy", exported).getStatusCode().value())
                .isEqualTo(201);
        assertThat(getJson("/v1/collections/handbuch-copy")
                        .getBody()
                        .get("instructions")
                        .asString())
                .isEqualTo("Answer in German, briefly.");
        assertThat(patch("/v1/collections/handbuch", "{\"instructions\": null}")
                        .getBody()
                        .get("instructions")
                        .isNull())
                .isTrue();

        // and they are checked
        assertProblem(
                createCollection(Map.of("name", "lang", "instructions", "x".repeat(4001))),
                400,
                "invalid-parameter",
                "instructions must be at most 4000 characters, got: 4001");
        assertProblem(patch("/v1/collections/handbuch", "{\"instructions\": 7}"), 400, "invalid-parameter", null);
        assertThat(getJson("/v1/collections/handbuch")
                        .getBody()
                        .get("instructions")
                        .isNull())
                .isTrue();
    }

    @Test
    void aCollectionKeepsSearchDefaultsThatAPatchReplacesAndAnExportCarries() {
        ResponseEntity<JsonNode> created = createCollection(Map.of(
                "name",
                "manuals",
                "search",
                Map.of("mode", "hybrid", "weights", Map.of("bm25", 2, "dense", 1), "rerank", true)));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody().get("search").toString())
                .isEqualTo("{\"mode\":\"hybrid\",\"weights\":{\"bm25\":2.0,\"dense\":1.0},\"rerank\":true}");

        // a patch that leaves them out keeps them; one that names them replaces them whole
        assertThat(patch("/v1/collections/manuals", "{\"description\": \"Product manuals\"}")
                        .getBody()
                        .at("/search/rerank")
                        .asBoolean())
                .isTrue();
        JsonNode replaced = patch("/v1/collections/manuals", "{\"search\": {\"mode\": \"bm25\", \"efSearch\": 80}}")
                .getBody()
                .get("search");
        assertThat(replaced.toString()).isEqualTo("{\"mode\":\"bm25\",\"efSearch\":80}");
        String exported =
                http.get().uri("/v1/collections/manuals/export").retrieve().body(String.class);
        assertThat(importFile("manuals-copy", exported).getStatusCode().value()).isEqualTo(201);
        assertThat(getJson("/v1/collections/manuals-copy").getBody().get("search"))
                .isEqualTo(replaced);
        assertThat(jdbc.sql("SELECT search::text FROM collection WHERE name = 'manuals-copy'")
                        .query(String.class)
                        .single())
                .isEqualTo("{\"mode\": \"bm25\", \"efSearch\": 80}");

        // an object that sets nothing is none, and so is null
        assertThat(patch("/v1/collections/manuals", "{\"search\": {\"rerank\": null}}")
                        .getBody()
                        .get("search")
                        .isNull())
                .isTrue();
        patch("/v1/collections/manuals", "{\"search\": {\"diversity\": 0.3}}");
        assertThat(patch("/v1/collections/manuals", "{\"search\": null}")
                        .getBody()
                        .get("search")
                        .isNull())
                .isTrue();

        // and they are checked, member by member, leaving the collection as it was
        patch("/v1/collections/manuals", "{\"search\": {\"hyde\": true}}");
        assertProblem(
                createCollection(Map.of("name", "faq", "search", Map.of("mode", "semantic"))),
                400,
                "invalid-parameter",
                "search.mode must be one of hybrid, bm25, dense, got: 'semantic'");
        assertProblem(
                patch("/v1/collections/manuals", "{\"search\": {\"topK\": 3}}"),
                400,
                "invalid-parameter",
                "search.topK is not a search option: the options are mode, weights, hyde, hydeWeight, rerank,"
                        + " rerankBudgetMs, efSearch, diversity");
        assertProblem(
                patch("/v1/collections/manuals", "{\"search\": {\"weights\": {\"bm25\": -1}}}"),
                400,
                "invalid-parameter",
                "search.weights.bm25 must be a finite number >= 0, got: -1.0");
        assertProblem(
                patch("/v1/collections/manuals", "{\"search\": {\"efSearch\": 2000}}"),
                400,
                "invalid-parameter",
                "search.efSearch must be between 1 and 1000, got: 2000");
        assertProblem(
                patch("/v1/collections/manuals", "{\"search\": {\"rerank\": \"yes\"}}"),
                400,
                "invalid-parameter",
                "search.rerank must be true, false or null, got: \"yes\"");
        assertProblem(
                patch("/v1/collections/manuals", "{\"search\": \"bm25\"}"),
                400,
                "invalid-parameter",
                "search must be an object or null, got: \"bm25\"");
        assertThat(getJson("/v1/collections/manuals").getBody().get("search").toString())
                .isEqualTo("{\"hyde\":true}");
        assertThat(getJson("/v1/collections/faq").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void reChunkingADocumentStoredBeforeTheCollectionRedactedRedactsItsStoredText() {
        // given a document with an e-mail address, stored before its collection redacted any
        createCollection(Map.of("name", "legacy"));
        long id = upload("legacy", "Write to ann@example.com about leave. Write to bo@example.org about pay.");
        patch("/v1/collections/legacy", "{\"redact\": [\"email\"]}");

        // when it is re-chunked
        ResponseEntity<JsonNode> rechunked = http.post()
                .uri("/v1/collections/legacy/documents/" + id + "/rechunk")
                .retrieve()
                .toEntity(JsonNode.class);

        // then its stored text and chunks hold the placeholders, and its metadata counts them
        assertThat(rechunked.getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT content FROM document WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Write to [EMAIL] about leave. Write to [EMAIL] about pay.");
        assertThat(jdbc.sql("SELECT string_agg(text, ' ') FROM chunk WHERE document_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .doesNotContain("@example");
        assertThat(getJson("/v1/collections/legacy/documents/" + id)
                        .getBody()
                        .at("/metadata/redacted/email")
                        .asInt())
                .isEqualTo(2);
        assertChunksReproduceTheirText();
    }

    private long upload(String collection, String text) {
        return uploadRaw("/v1/collections/" + collection + "/documents", MediaType.TEXT_PLAIN, utf8(text))
                .getBody()
                .get("documentId")
                .asLong();
    }

    private String languageOf(long documentId) {
        JsonNode language = getJson("/v1/collections/gemischt/documents/" + documentId)
                .getBody()
                .at("/metadata/language");
        return language.isMissingNode() ? null : language.asString();
    }

    private ResponseEntity<JsonNode> importFile(String collection, String body) {
        return http.post()
                .uri("/v1/collections/" + collection + "/import")
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private List<List<Object>> rows(String query, String collection) {
        return jdbc.sql(query)
                .param(collection)
                .query((rs, row) -> {
                    var values = new ArrayList<Object>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        values.add(rs.getObject(i));
                    }
                    return (List<Object>) values;
                })
                .list();
    }

    @Test
    void chunksByTheCollectionsStrategyUnlessTheRequestChoosesAnother() {
        // given: a collection whose documents are cut parent-child
        ResponseEntity<JsonNode> created = createCollection(Map.of(
                "name", "books", "chunking", Map.of("chunker", "parent-child", "chunkTokens", 16, "parentTokens", 64)));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody().get("chunking").get("chunker").asString()).isEqualTo("parent-child");

        // when
        JsonNode parentChild = uploadRaw("/v1/collections/books/documents", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT))
                .getBody();
        JsonNode window = uploadRaw(
                        "/v1/collections/books/documents?chunker=sentence-window&windowSentences=1",
                        TEXT_MARKDOWN,
                        utf8(MARKDOWN))
                .getBody();

        // then: parents are stored without vectors, each child points at a parent that contains it
        assertThat(parentChild.get("chunker").asString()).isEqualTo("parent-child");
        long documentId = parentChild.get("documentId").asLong();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM chunk c JOIN chunk p ON p.id = c.parent_id
                        WHERE c.document_id = ? AND c.embedding IS NOT NULL AND p.embedding IS NULL
                          AND p.start_offset <= c.start_offset AND c.end_offset <= p.end_offset
                          AND c.token_count <= 16 AND p.metadata->>'role' = 'parent'
                        """).param(documentId).query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM chunk WHERE document_id = ? AND parent_id IS NOT NULL")
                        .param(documentId)
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE document_id = ? AND parent_id IS NULL"
                                + " AND embedding IS NOT NULL")
                        .param(documentId)
                        .query(Long.class)
                        .single())
                .isZero();
        // the request's sentence-window chunks carry their window
        assertThat(window.get("chunker").asString()).isEqualTo("sentence-window");
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE document_id = ? AND metadata->'window'->>'text' IS NULL")
                        .param(window.get("documentId").asLong())
                        .query(Long.class)
                        .single())
                .isZero();
        assertChunksReproduceTheirText();
    }

    @Test
    void rejectsBadChunkingOptionsNamingTheParameterAndTheRule() {
        ResponseEntity<JsonNode> tooBig = uploadRaw(
                "/v1/collections/docs/documents?chunker=recursive&chunkTokens=600",
                MediaType.TEXT_PLAIN,
                utf8(PLAIN_TEXT));
        assertProblem(tooBig, 400, "invalid-parameter", "chunkTokens must be between 1 and 510, got: 600");
        assertThat(tooBig.getBody().get("parameter").asString()).isEqualTo("chunkTokens");
        assertProblem(
                uploadRaw("/v1/collections/docs/documents?chunker=magic", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT)),
                400,
                "invalid-parameter",
                "chunker must be one of fixed, recursive, sentence, semantic, sentence-window, parent-child,"
                        + " got: 'magic'");
        ResponseEntity<JsonNode> badCollection =
                createCollection(Map.of("name", "bad", "chunking", Map.of("chunker", "fixed", "overlapTokens", 300)));
        assertProblem(
                badCollection, 400, "invalid-parameter", "chunking.overlapTokens must be between 0 and 63, got: 300");
        assertThat(badCollection.getBody().get("parameter").asString()).isEqualTo("chunking.overlapTokens");
        assertThat(count("collection")).isEqualTo(1);
        assertNothingStored();
    }

    @Test
    void chunksSemanticallyAndRecursivelyOnRequest() {
        JsonNode semantic = uploadRaw(
                        "/v1/collections/docs/documents?chunker=semantic&chunkTokens=64&breakpointPercentile=80",
                        MediaType.TEXT_PLAIN,
                        utf8(PLAIN_TEXT))
                .getBody();
        JsonNode recursive = uploadRaw(
                        "/v1/collections/docs/documents?chunker=recursive&chunkTokens=32",
                        TEXT_MARKDOWN,
                        utf8(MARKDOWN))
                .getBody();

        assertThat(semantic.get("chunker").asString()).isEqualTo("semantic");
        assertThat(recursive.get("chunker").asString()).isEqualTo("recursive");
        assertThat(jdbc.sql("SELECT max(token_count) FROM chunk WHERE document_id = ?")
                        .param(recursive.get("documentId").asLong())
                        .query(Integer.class)
                        .single())
                .isLessThanOrEqualTo(32);
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE embedding IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();
        assertChunksReproduceTheirText();
    }

    @Test
    void pagesCollectionsDocumentsAndChunksWithACursor() {
        // given: three collections, three documents, one of them with many chunks
        createCollection("papers");
        createCollection("notes");
        long big = uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT))
                .getBody()
                .get("documentId")
                .asLong();
        int chunkCount = (int) count("chunk");
        uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8("second document"));
        uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8("third document"));

        // when / then: collections, two per page, in creation order
        JsonNode first = getJson("/v1/collections?limit=2").getBody();
        assertThat(first.get("collections").valueStream().map(c -> c.get("name").asString()))
                .containsExactly("docs", "papers");
        JsonNode second = getJson(
                        "/v1/collections?limit=2&cursor=" + first.get("next").asString())
                .getBody();
        assertThat(second.get("collections")
                        .valueStream()
                        .map(c -> c.get("name").asString()))
                .containsExactly("notes");
        assertThat(second.get("next").isNull()).isTrue();
        // a caller the gateway limits to some collections sees only those, paged as the rest
        JsonNode visible = http.get()
                .uri("/v1/collections?limit=1")
                .header("X-Jrag-Collections", "notes,docs,elsewhere")
                .retrieve()
                .toEntity(JsonNode.class)
                .getBody();
        assertThat(visible.get("collections")
                        .valueStream()
                        .map(c -> c.get("name").asString()))
                .containsExactly("docs");
        JsonNode visibleRest = http.get()
                .uri("/v1/collections?limit=1&cursor=" + visible.get("next").asString())
                .header("X-Jrag-Collections", "notes,docs,elsewhere")
                .retrieve()
                .toEntity(JsonNode.class)
                .getBody();
        assertThat(visibleRest
                        .get("collections")
                        .valueStream()
                        .map(c -> c.get("name").asString()))
                .containsExactly("notes");

        // documents, two per page
        JsonNode documents = getJson("/v1/collections/docs/documents?limit=2").getBody();
        assertThat(documents
                        .get("documents")
                        .valueStream()
                        .map(d -> d.get("documentId").asLong()))
                .containsExactly(big, big + 1);
        JsonNode rest = getJson("/v1/collections/docs/documents?limit=2&cursor="
                        + documents.get("next").asString())
                .getBody();
        assertThat(rest.get("documents")
                        .valueStream()
                        .map(d -> d.get("documentId").asLong()))
                .containsExactly(big + 2);
        assertThat(rest.get("next").isNull()).isTrue();

        // chunks, three per page, walked to the end: every position once, in order, text matching its offsets
        var positions = new java.util.ArrayList<Integer>();
        String cursor = "";
        do {
            JsonNode page = getJson("/v1/collections/docs/documents/" + big + "/chunks?limit=3&cursor=" + cursor)
                    .getBody();
            assertThat(page.get("chunks").size()).isBetween(1, 3);
            page.get("chunks").forEach(chunk -> {
                positions.add(chunk.get("position").asInt());
                assertThat(chunk.get("text").asString())
                        .isEqualTo(PLAIN_TEXT.substring(
                                chunk.get("startOffset").asInt(),
                                chunk.get("endOffset").asInt()));
                assertThat(chunk.get("embedded").asBoolean()).isTrue();
            });
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        assertThat(positions).isEqualTo(IntStream.range(0, chunkCount).boxed().toList());

        // and bad paging parameters are 400 problems naming the rule; an unknown document is a 404
        assertProblem(
                getJson("/v1/collections?limit=0"),
                400,
                "invalid-parameter",
                "limit must be between 1 and 500, got: 0");
        assertProblem(
                getJson("/v1/collections/docs/documents?limit=501"),
                400,
                "invalid-parameter",
                "limit must be between 1 and 500, got: 501");
        assertProblem(
                getJson("/v1/collections/docs/documents/" + big + "/chunks?cursor=abc"),
                400,
                "invalid-parameter",
                "cursor must be a cursor from a previous page, got: 'abc'");
        assertProblem(
                getJson("/v1/collections/docs/documents/999/chunks"),
                404,
                "document-not-found",
                "document 999 does not exist in collection 'docs'");
    }

    @Test
    void newBytesUnderAStoredSourceReplaceTheDocumentsContentAndChunksInPlace() throws Exception {
        // given
        String v1 = "Version one talks about BM25 only.";
        long id = uploadRaw("/v1/collections/docs/documents?source=notes/a.txt", MediaType.TEXT_PLAIN, utf8(v1))
                .getBody()
                .get("documentId")
                .asLong();

        // when: the same source with changed bytes
        ResponseEntity<JsonNode> replaced = uploadRaw(
                "/v1/collections/docs/documents?source=notes/a.txt&title=Changed",
                MediaType.TEXT_PLAIN,
                utf8(PLAIN_TEXT));

        // then: the same document, now with the new content, hash and chunks
        assertThat(replaced.getStatusCode().value()).isEqualTo(200);
        JsonNode body = replaced.getBody();
        assertThat(body.get("documentId").asLong()).isEqualTo(id);
        assertThat(body.get("replaced").asBoolean()).isTrue();
        assertThat(body.get("duplicate").asBoolean()).isFalse();
        assertThat(body.get("contentHash").asString()).isEqualTo(sha256(PLAIN_TEXT));
        assertThat(count("document")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT content, title FROM document WHERE id = ?")
                        .param(id)
                        .query()
                        .singleRow())
                .containsEntry("content", PLAIN_TEXT)
                .containsEntry("title", "Changed");
        assertThat(count("chunk")).isEqualTo(body.get("chunkCount").asLong()).isGreaterThan(3);
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE text LIKE '%Version one%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertChunksReproduceTheirText();
        assertThat(changeLog()).containsExactly(List.of(1L, id, "UPSERT"), List.of(2L, id, "UPSERT"));

        // and the same bytes again are a no-op
        JsonNode again = uploadRaw(
                        "/v1/collections/docs/documents?source=notes/a.txt", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT))
                .getBody();
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(again.get("replaced").asBoolean()).isFalse();
        assertThat(changeLog()).hasSize(2);
    }

    @Test
    void concurrentUploadsOfNewBytesUnderOneSourceReplaceItsDocumentOneAfterTheOther() throws Exception {
        // given
        long id = uploadRaw("/v1/collections/docs/documents?source=race.txt", MediaType.TEXT_PLAIN, utf8("Version 0."))
                .getBody()
                .get("documentId")
                .asLong();
        for (int round = 1; round <= 4; round++) {
            String a = PLAIN_TEXT + "Round " + round + " wrote version A.\n";
            String b = PLAIN_TEXT + "Round " + round + " wrote version B, which is longer than A.\n";

            // when: two uploads with different bytes under the same source at once
            List<ResponseEntity<JsonNode>> responses =
                    uploadConcurrently("/v1/collections/docs/documents?source=race.txt", a, b);

            // then: both succeed, each replacing the one document; the later commit's bytes are what is stored
            assertThat(responses).allSatisfy(r -> {
                assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(200);
                assertThat(r.getBody().get("documentId").asLong()).isEqualTo(id);
                assertThat(r.getBody().get("replaced").asBoolean()).isTrue();
            });
            JsonNode last = responses.get(0).getBody().get("changeSeq").asLong()
                            > responses.get(1).getBody().get("changeSeq").asLong()
                    ? responses.get(0).getBody()
                    : responses.get(1).getBody();
            String winner = last == responses.get(0).getBody() ? a : b;
            assertThat(count("document")).isEqualTo(1);
            assertThat(jdbc.sql("SELECT content FROM document WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .isEqualTo(winner);
            assertThat(count("chunk")).isEqualTo(last.get("chunkCount").asLong());
            assertChunksReproduceTheirText();
        }
    }

    @Test
    void concurrentFirstUploadsUnderOneSourceMakeOneDocumentAndIdenticalOnesOneDuplicate() throws Exception {
        for (int round = 1; round <= 3; round++) {
            // when: two first uploads with different bytes under a new source at once
            String uri = "/v1/collections/docs/documents?source=new-" + round + ".txt";
            List<ResponseEntity<JsonNode>> different =
                    uploadConcurrently(uri, PLAIN_TEXT + "A" + round, PLAIN_TEXT + "B" + round);

            // then: one created the document, the other replaced it
            assertThat(different)
                    .extracting(r -> r.getStatusCode().value())
                    .as("%s", different)
                    .containsExactlyInAnyOrder(201, 200);
            assertThat(different)
                    .extracting(r -> r.getBody().get("replaced").asBoolean())
                    .containsExactlyInAnyOrder(true, false);
            assertThat(jdbc.sql("SELECT count(*) FROM document WHERE source = ?")
                            .param("new-" + round + ".txt")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);

            // when: two uploads with the same new bytes under that source at once
            String same = PLAIN_TEXT + "C" + round;
            List<ResponseEntity<JsonNode>> identical = uploadConcurrently(uri, same, same);

            // then: one replaced the document, the other found its bytes stored
            assertThat(identical)
                    .allSatisfy(r -> assertThat(r.getStatusCode().value())
                            .as("%s", r.getBody())
                            .isEqualTo(200));
            assertThat(identical)
                    .extracting(r -> r.getBody().get("duplicate").asBoolean())
                    .containsExactlyInAnyOrder(true, false);
            assertThat(identical)
                    .extracting(r -> r.getBody().get("contentHash").asString())
                    .containsOnly(sha256(same));
        }
        assertThat(count("document")).isEqualTo(3);
        assertChunksReproduceTheirText();
    }

    @Test
    void aReplacementRacingAnUploadOfTheSameBytesUnderAnotherSourceEndsInOneDocumentNeverA500() throws Exception {
        for (int round = 1; round <= 4; round++) {
            // given a document under a source
            String source = "moving-" + round + ".txt";
            long id = uploadRaw(
                            "/v1/collections/docs/documents?source=" + source,
                            MediaType.TEXT_PLAIN,
                            utf8("Old text " + round))
                    .getBody()
                    .get("documentId")
                    .asLong();

            // when its new bytes arrive at the same time under another source
            String bytes = PLAIN_TEXT + "Moved in round " + round + ".\n";
            List<ResponseEntity<JsonNode>> responses = uploadConcurrently(
                    List.of(
                            "/v1/collections/docs/documents?source=" + source,
                            "/v1/collections/docs/documents?source=other-" + round + ".txt"),
                    List.of(bytes, bytes));

            // then whichever commits first stores them, the other is a duplicate of it: one document holds them
            assertThat(responses)
                    .extracting(r -> r.getStatusCode().value())
                    .as("%s", responses)
                    .allMatch(status -> status == 200 || status == 201);
            assertThat(responses)
                    .extracting(r -> r.getBody().get("duplicate").asBoolean())
                    .containsExactlyInAnyOrder(true, false);
            assertThat(responses)
                    .extracting(r -> r.getBody().get("documentId").asLong())
                    .as("both name the one document that holds the bytes")
                    .containsOnly(jdbc.sql("SELECT id FROM document WHERE content_hash = ?")
                            .param(sha256(bytes))
                            .query(Long.class)
                            .single());
            assertThat(jdbc.sql("SELECT count(*) FROM document WHERE id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
        assertChunksReproduceTheirText();
    }

    @Test
    void aDeleteRacingABatchThatReplacesTheSameDocumentWaitsForItNeverA500() throws Exception {
        for (int round = 1; round <= 3; round++) {
            // given a document, and the change-log writer lock held here, so that a batch which stores a new
            // document first and then replaces that one stops between the two, holding the new one's rows
            String source = "contested-" + round + ".txt";
            long id = uploadRaw(
                            "/v1/collections/docs/documents?source=" + source,
                            MediaType.TEXT_PLAIN,
                            utf8("Old text " + round))
                    .getBody()
                    .get("documentId")
                    .asLong();
            String list = """
                    [{"source": "fresh-%d.txt", "content": "A new document of round %d."},
                     {"source": "%s", "content": "The replacement of round %d."}]
                    """.formatted(round, round, source, round);
            ResponseEntity<JsonNode> batch;
            ResponseEntity<JsonNode> delete;
            try (Connection writer = dataSource.getConnection();
                    ExecutorService clients = Executors.newFixedThreadPool(2)) {
                writer.setAutoCommit(false);
                try (var lock = writer.createStatement()) {
                    lock.execute("SELECT pg_advisory_xact_lock(7262636)");
                }
                Future<ResponseEntity<JsonNode>> batchSent = clients.submit(() ->
                        uploadBatch("/v1/collections/docs/documents/batch", MediaType.APPLICATION_JSON, utf8(list)));
                awaitBlockedOnLocks(1);
                // when the document is deleted meanwhile
                Future<ResponseEntity<JsonNode>> deleteSent = clients.submit(() -> http.delete()
                        .uri("/v1/collections/docs/documents/{id}", id)
                        .retrieve()
                        .toEntity(JsonNode.class));
                awaitBlockedOnLocks(2);
                writer.commit();
                batch = batchSent.get(60, TimeUnit.SECONDS);
                delete = deleteSent.get(60, TimeUnit.SECONDS);
            }

            // then the delete waits for the batch, which replaced the document; the delete then removes it
            assertThat(batch.getStatusCode().value()).as("%s", batch.getBody()).isEqualTo(201);
            assertThat(delete.getStatusCode().value())
                    .as("%s", delete.getBody())
                    .isEqualTo(204);
            assertThat(jdbc.sql("SELECT count(*) FROM document WHERE id = ? OR source = ?")
                            .param(id)
                            .param(source)
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM document WHERE source = ?")
                            .param("fresh-" + round + ".txt")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT operation FROM change_log WHERE document_id = ? ORDER BY seq")
                            .param(id)
                            .query(String.class)
                            .list())
                    .containsExactly("UPSERT", "UPSERT", "DELETE");
        }
        assertChunksReproduceTheirText();
    }

    @Test
    void anUploadAfterAnotherInstanceRecordedAnotherEmbeddingModelIsRefusedAndStoresNothing() {
        String recorded = jdbc.sql("SELECT fingerprint FROM embedding_model")
                .query(String.class)
                .single();
        try {
            // given: another instance, started with another model while no vector was stored, recorded it
            jdbc.sql("UPDATE embedding_model SET name = 'e5-small', fingerprint = ?")
                    .param("e".repeat(64))
                    .update();

            // when / then
            assertProblem(
                    uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT)),
                    503,
                    "embedding-model-changed",
                    null);
            assertNothingStored();
        } finally {
            jdbc.sql("UPDATE embedding_model SET name = 'bge-small-en-v1.5-q', fingerprint = ?")
                    .param(recorded)
                    .update();
        }
        assertThat(uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT))
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
    }

    @Test
    void listsDocumentsBySourceSourcePrefixAndTag() {
        // given documents under two folders (one name with LIKE's wildcards), one tagged
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String source : List.of("share/a/one.md", "share/a/two.md", "share/b/three.md", "share/a_b/four.md")) {
            String tags = source.contains("two") ? "&tags=draft" : "";
            ids.put(
                    source,
                    uploadRaw(
                                    "/v1/collections/docs/documents?source=" + source + tags,
                                    TEXT_MARKDOWN,
                                    utf8("# " + source + "\n\nText of " + source + "."))
                            .getBody()
                            .get("documentId")
                            .asLong());
        }

        // then
        assertThat(listedIds("?sourcePrefix=share/a/"))
                .containsExactly(ids.get("share/a/one.md"), ids.get("share/a/two.md"));
        assertThat(listedIds("?sourcePrefix=share/a_")).containsExactly(ids.get("share/a_b/four.md"));
        assertThat(listedIds("?source=share/b/three.md")).containsExactly(ids.get("share/b/three.md"));
        assertThat(listedIds("?tag=draft")).containsExactly(ids.get("share/a/two.md"));
        assertThat(listedIds("?sourcePrefix=share/&tag=draft&limit=1")).containsExactly(ids.get("share/a/two.md"));
        assertThat(listedIds("?source=share/a/")).isEmpty();
        assertThat(listedIds("")).hasSize(4);
        assertProblem(
                getJson("/v1/collections/docs/documents?source=share/a/one.md&sourcePrefix=share/"),
                400,
                "invalid-parameter",
                "sourcePrefix cannot be given with source, got both");
    }

    private List<Long> listedIds(String query) {
        ResponseEntity<JsonNode> list = getJson("/v1/collections/docs/documents" + query);
        assertThat(list.getStatusCode().value()).as("%s", list.getBody()).isEqualTo(200);
        return list.getBody()
                .get("documents")
                .valueStream()
                .map(document -> document.get("documentId").asLong())
                .toList();
    }

    @Test
    void patchingADocumentReplacesItsTitleTagsAndDateInItAndItsChunksAndLogsAnUpsert() {
        // given
        long id = uploadRaw(
                        "/v1/collections/docs/documents?title=Old&tags=a,b&publishedAt=2020-01-01"
                                + "&url=https://example.com/guide",
                        TEXT_MARKDOWN,
                        utf8(MARKDOWN))
                .getBody()
                .get("documentId")
                .asLong();
        String path = "/v1/collections/docs/documents/" + id;

        // when
        ResponseEntity<JsonNode> patched =
                patch(path, "{\"title\": \"Vector search\", \"tags\": [\"hnsw\"], \"publishedAt\": null}");

        // then the document: the members given replaced or removed, the rest kept
        assertThat(patched.getStatusCode().value()).as("%s", patched.getBody()).isEqualTo(200);
        JsonNode body = patched.getBody();
        assertThat(body.get("documentId").asLong()).isEqualTo(id);
        assertThat(body.get("title").asString()).isEqualTo("Vector search");
        assertThat(body.get("changeSeq").asLong()).isEqualTo(2);
        JsonNode metadata = body.get("metadata");
        assertThat(metadata.get("tags").valueStream().map(JsonNode::asString)).containsExactly("hnsw");
        assertThat(metadata.has("published_at")).isFalse();
        assertThat(metadata.get("url").asString()).isEqualTo("https://example.com/guide");
        assertThat(metadata.get("chunker").asString()).isNotBlank();
        assertThat(getJson(path).getBody().get("title").asString()).isEqualTo("Vector search");
        // and every chunk's filter keys, their own keys kept
        assertThat(jdbc.sql("SELECT metadata::text FROM chunk WHERE document_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .isNotEmpty()
                .allSatisfy(chunk -> assertThat(chunk)
                        .contains("\"tags\": [\"hnsw\"]")
                        .contains("\"section\"")
                        .doesNotContain("published_at"));
        assertThat(changeLog()).containsExactly(List.of(1L, id, "UPSERT"), List.of(2L, id, "UPSERT"));

        // what cannot be patched, or is no valid value, is refused and changes nothing
        assertProblem(
                patch(path, "{\"source\": \"elsewhere\", \"title\": \"x\"}"),
                400,
                "invalid-parameter",
                "source cannot be patched: only title, url, tags, publishedAt and readers can, got: [source]");
        assertProblem(patch(path, "{\"publishedAt\": \"yesterday\"}"), 400, "invalid-parameter", null);
        assertProblem(patch(path, "{\"tags\": \"hnsw\"}"), 400, "invalid-parameter", null);
        assertProblem(patch(path, "[]"), 400, "invalid-parameter", null);
        assertProblem(
                patch("/v1/collections/docs/documents/999", "{\"title\": \"x\"}"),
                404,
                "document-not-found",
                "document 999 does not exist in collection 'docs'");
        assertThat(count("change_log")).isEqualTo(2);
        assertThat(getJson(path).getBody().get("title").asString()).isEqualTo("Vector search");
    }

    @Test
    void aDocumentsReadersDecideWhichCallersSeeItAndAReplacementKeepsThemUnlessItNamesOthers() {
        // given a document for hr and one user, and one for everyone
        long restricted = uploadRaw(
                        "/v1/collections/docs/documents?source=salaries.md&readers=hr,user:alice&readers=hr",
                        TEXT_MARKDOWN,
                        utf8(MARKDOWN))
                .getBody()
                .get("documentId")
                .asLong();
        long open = uploadRaw(
                        "/v1/collections/docs/documents?source=holidays.txt", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT))
                .getBody()
                .get("documentId")
                .asLong();
        String path = "/v1/collections/docs/documents/" + restricted;

        // then the readers are stored without repeats, and a caller reads the document when they name one of its
        // principals (URL-encoded in the header), or when it has none
        assertThat(getJson(path).getBody().get("readers").valueStream().map(JsonNode::asString))
                .containsExactly("hr", "user:alice");
        assertThat(getJson("/v1/collections/docs/documents/" + open).getBody().get("readers"))
                .isEmpty();
        assertThat(getAs(path, "user%3Aalice").getStatusCode().value()).isEqualTo(200);
        assertThat(getAs(path, "staff,hr").getStatusCode().value()).isEqualTo(200);
        assertThat(listedIdsAs("staff")).containsExactly(open);
        assertThat(listedIdsAs("hr")).containsExactly(restricted, open);
        assertThat(listedIdsAs("")).containsExactly(open);
        // the collection counts what the caller may read, listed or read alone
        assertThat(getAs("/v1/collections/docs", "staff")
                        .getBody()
                        .get("documentCount")
                        .asLong())
                .isEqualTo(1);
        assertThat(getAs("/v1/collections/docs", "hr")
                        .getBody()
                        .get("documentCount")
                        .asLong())
                .isEqualTo(2);
        assertThat(getJson("/v1/collections/docs")
                        .getBody()
                        .get("documentCount")
                        .asLong())
                .isEqualTo(2);
        assertThat(getAs("/v1/collections", "staff")
                        .getBody()
                        .get("collections")
                        .valueStream()
                        .filter(c -> c.get("name").asString().equals("docs"))
                        .map(c -> c.get("documentCount").asLong()))
                .containsExactly(1L);
        // for others it is not there: reading, listing its chunks, patching, re-chunking and deleting it are 404
        assertProblem(
                getAs(path, "staff"),
                404,
                "document-not-found",
                "document " + restricted + " does not exist in collection 'docs'");
        assertThat(getAs(path + "/chunks", "staff").getStatusCode().value()).isEqualTo(404);
        assertThat(statusAs(HttpMethod.PATCH, path, "{\"readers\": null}", "staff"))
                .isEqualTo(404);
        assertThat(statusAs(HttpMethod.POST, path + "/rechunk", null, "staff")).isEqualTo(404);
        assertThat(statusAs(HttpMethod.DELETE, path, null, "staff")).isEqualTo(404);
        assertThat(count("document")).isEqualTo(2);

        // a caller that may not read it cannot replace it by uploading under its source, alone or in a batch
        for (ResponseEntity<JsonNode> refused : List.of(
                http.post()
                        .uri("/v1/collections/docs/documents?source=salaries.md")
                        .header("X-Jrag-Principals", "staff")
                        .contentType(MediaType.TEXT_PLAIN)
                        .body("Overwritten.")
                        .retrieve()
                        .toEntity(JsonNode.class),
                http.post()
                        .uri("/v1/collections/docs/documents/batch")
                        .header("X-Jrag-Principals", "staff")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("[{\"source\": \"other.md\", \"content\": \"x\"}, {\"source\": \"salaries.md\","
                                + " \"content\": \"Overwritten.\"}]")
                        .retrieve()
                        .toEntity(JsonNode.class))) {
            assertProblem(
                    refused,
                    409,
                    "source-not-replaceable",
                    "source 'salaries.md' in collection 'docs' holds a document this caller may not read, which an"
                            + " upload under it would replace; upload under another source");
        }
        // nor delete or re-chunk the collection that holds it
        assertProblem(
                http.delete()
                        .uri("/v1/collections/docs")
                        .header("X-Jrag-Principals", "staff")
                        .retrieve()
                        .toEntity(JsonNode.class),
                409,
                "hidden-documents",
                "Deleting collection 'docs' would reach 1 document this caller may not read; a caller that reads every"
                        + " document may");
        assertThat(statusAs(HttpMethod.POST, "/v1/collections/docs/rechunk", null, "staff"))
                .isEqualTo(409);
        assertThat(statusAs(HttpMethod.POST, "/v1/collections/docs/rechunk", null, "hr"))
                .isEqualTo(202);
        awaitRechunk();

        // nor learn of it by uploading its bytes under another source: the answer would be that document
        assertProblem(
                http.post()
                        .uri("/v1/collections/docs/documents?source=copy.md")
                        .header("X-Jrag-Principals", "staff")
                        .contentType(TEXT_MARKDOWN)
                        .body(utf8(MARKDOWN))
                        .retrieve()
                        .toEntity(JsonNode.class),
                409,
                "hidden-duplicate",
                "the upload's bytes are stored in collection 'docs' already, as a document this caller may not read;"
                        + " they are not stored again");
        assertThat(count("document")).isEqualTo(2);

        // when new bytes replace it without naming readers, it keeps its readers; naming others replaces them
        uploadRaw("/v1/collections/docs/documents?source=salaries.md", TEXT_MARKDOWN, utf8(MARKDOWN + "\n\nMore."));
        assertThat(getJson(path).getBody().get("readers").valueStream().map(JsonNode::asString))
                .containsExactly("hr", "user:alice");
        uploadRaw(
                "/v1/collections/docs/documents?source=salaries.md&readers=finance",
                TEXT_MARKDOWN,
                utf8(MARKDOWN + "\n\nEven more."));
        assertThat(getJson(path).getBody().get("readers").valueStream().map(JsonNode::asString))
                .containsExactly("finance");

        // and a patch replaces them, null opening the document to everyone, with an UPSERT for retrieval
        long seq = patch(path, "{\"readers\": [\"hr\"]}")
                .getBody()
                .get("changeSeq")
                .asLong();
        assertThat(changeLog().getLast()).isEqualTo(List.of(seq, restricted, "UPSERT"));
        assertThat(listedIdsAs("hr")).containsExactly(restricted, open);
        assertThat(patch(path, "{\"readers\": null}").getBody().get("readers")).isEmpty();
        assertThat(listedIdsAs("staff")).containsExactly(restricted, open);

        // what cannot be a reader is refused, naming the parameter
        assertProblem(
                uploadRaw("/v1/collections/docs/documents?readers=hr,,x", MediaType.TEXT_PLAIN, utf8("Other text.")),
                400,
                "invalid-parameter",
                "readers must not contain blank names");
        assertProblem(patch(path, "{\"readers\": \"hr\"}"), 400, "invalid-parameter", null);
        assertThat(count("document")).isEqualTo(2);
    }

    private ResponseEntity<JsonNode> getAs(String uri, String principals) {
        return http.get()
                .uri(uri)
                .header("X-Jrag-Principals", principals)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    private int statusAs(HttpMethod method, String uri, String json, String principals) {
        var request = http.method(method).uri(uri).header("X-Jrag-Principals", principals);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.retrieve().toEntity(JsonNode.class).getStatusCode().value();
    }

    private List<Long> listedIdsAs(String principals) {
        return getAs("/v1/collections/docs/documents", principals)
                .getBody()
                .get("documents")
                .valueStream()
                .map(document -> document.get("documentId").asLong())
                .toList();
    }

    @Test
    void rechunkingADocumentRemakesItsChunksFromItsStoredTextKeepingSectionsAndLogsAnUpsert() {
        // given a document chunked into one large chunk
        long id = uploadRaw(
                        "/v1/collections/docs/documents?chunker=recursive&chunkTokens=200&tags=hnsw",
                        TEXT_MARKDOWN,
                        utf8(MARKDOWN))
                .getBody()
                .get("documentId")
                .asLong();
        String path = "/v1/collections/docs/documents/" + id;
        assertThat(count("chunk")).isEqualTo(1);
        String content =
                jdbc.sql("SELECT content FROM document").query(String.class).single();

        // when chunked again, small
        ResponseEntity<JsonNode> rechunked = http.post()
                .uri(path + "/rechunk?chunker=sentence&chunkTokens=16")
                .retrieve()
                .toEntity(JsonNode.class);

        // then its chunks are made anew from the same text, with their sections and filter keys
        assertThat(rechunked.getStatusCode().value())
                .as("%s", rechunked.getBody())
                .isEqualTo(200);
        JsonNode body = rechunked.getBody();
        assertThat(body.get("chunker").asString()).isEqualTo("sentence");
        assertThat(body.get("chunkCount").asInt()).isGreaterThan(1).isEqualTo((int) count("chunk"));
        assertThat(body.get("embeddedChunks").asInt())
                .isEqualTo(body.get("chunkCount").asInt());
        assertThat(body.get("sectionsAndPagesKept").asBoolean()).isTrue();
        assertThat(body.get("changeSeq").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT content FROM document").query(String.class).single())
                .isEqualTo(content);
        assertChunksReproduceTheirText();
        assertThat(jdbc.sql("SELECT metadata->>'section' FROM chunk ORDER BY position")
                        .query(String.class)
                        .list())
                .contains("# Vector Search Basics", "# Vector Search Basics > ## Tuning");
        assertThat(jdbc.sql("SELECT metadata::text FROM chunk")
                        .query(String.class)
                        .list())
                .allSatisfy(chunk -> assertThat(chunk).contains("\"tags\": [\"hnsw\"]"));
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE embedding IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(getJson(path).getBody().at("/metadata/chunker").asString()).isEqualTo("sentence");
        assertThat(changeLog()).containsExactly(List.of(1L, id, "UPSERT"), List.of(2L, id, "UPSERT"));

        // a document stored before sections were kept is chunked again without them, and says so
        jdbc.sql("UPDATE document SET structure = NULL").update();
        JsonNode plain = http.post()
                .uri(path + "/rechunk?chunker=fixed&chunkTokens=32")
                .retrieve()
                .body(JsonNode.class);
        assertThat(plain.get("sectionsAndPagesKept").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE jsonb_exists(metadata, 'section')")
                        .query(Long.class)
                        .single())
                .isZero();

        // the collection's own options changed: a re-chunk without options takes them
        ResponseEntity<JsonNode> patchedCollection = patch(
                "/v1/collections/docs",
                "{\"description\": \"Guides\", \"chunking\": {\"chunker\": \"fixed\"," + " \"chunkTokens\": 24}}");
        assertThat(patchedCollection.getStatusCode().value())
                .as("%s", patchedCollection.getBody())
                .isEqualTo(200);
        assertThat(patchedCollection.getBody().get("description").asString()).isEqualTo("Guides");
        assertThat(patchedCollection.getBody().at("/chunking/chunkTokens").asString())
                .isEqualTo("24");
        JsonNode collectionDefault =
                http.post().uri(path + "/rechunk").retrieve().body(JsonNode.class);
        assertThat(collectionDefault.get("chunker").asString()).isEqualTo("fixed");
        assertProblem(
                patch("/v1/collections/docs", "{\"chunking\": {\"chunker\": \"magic\"}}"),
                400,
                "invalid-parameter",
                null);
        assertProblem(
                patch("/v1/collections/docs", "{\"name\": \"other\"}"),
                400,
                "invalid-parameter",
                "name cannot be patched: only description, chunking, language, redact, instructions and search can, got:"
                        + " name");
        assertThat(getJson("/v1/collections/docs")
                        .getBody()
                        .at("/chunking/chunker")
                        .asString())
                .isEqualTo("fixed");
        // null: back to the service's default
        assertThat(patch("/v1/collections/docs", "{\"chunking\": null}")
                        .getBody()
                        .path("chunking")
                        .isObject())
                .isFalse();

        // bad options and unknown documents change nothing
        assertProblem(
                http.post().uri(path + "/rechunk?chunker=magic").retrieve().toEntity(JsonNode.class),
                400,
                "invalid-parameter",
                null);
        assertProblem(
                http.post()
                        .uri("/v1/collections/docs/documents/999/rechunk")
                        .retrieve()
                        .toEntity(JsonNode.class),
                404,
                "document-not-found",
                "document 999 does not exist in collection 'docs'");
        assertThat(count("change_log")).isEqualTo(4);
    }

    @Test
    void rechunkingACollectionGoesThroughItsDocumentsInTheBackgroundAndResumesWhereARunStopped() {
        // given three documents in large chunks
        var ids = new ArrayList<Long>();
        for (String topic : List.of("graphs", "ports", "backups")) {
            ids.add(uploadRaw(
                            "/v1/collections/docs/documents?chunker=recursive&chunkTokens=200&title=" + topic,
                            TEXT_MARKDOWN,
                            utf8(MARKDOWN + "\n\nThis copy is about " + topic + ".\n"))
                    .getBody()
                    .get("documentId")
                    .asLong());
        }
        assertThat(count("chunk")).isEqualTo(3);
        assertProblem(getJson("/v1/collections/docs/rechunk"), 404, "rechunk-not-found", null);

        // when the collection is re-chunked, small
        ResponseEntity<JsonNode> started = http.post()
                .uri("/v1/collections/docs/rechunk?chunker=sentence&chunkTokens=16")
                .retrieve()
                .toEntity(JsonNode.class);

        // then the run is accepted, and goes through every document
        assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(202);
        assertThat(started.getBody().get("total").asInt()).isEqualTo(3);
        assertThat(started.getBody().at("/chunking/chunker").asString()).isEqualTo("sentence");
        JsonNode finished = awaitRechunk();
        assertThat(finished.get("done").asInt()).isEqualTo(3);
        assertThat(finished.get("failures").asInt()).isZero();
        assertThat(count("chunk")).isGreaterThan(3);
        assertThat(jdbc.sql("SELECT DISTINCT metadata->>'chunker' FROM document")
                        .query(String.class)
                        .list())
                .containsExactly("sentence");
        assertChunksReproduceTheirText();

        // a run whose instance stopped after the first document is taken up where it stopped
        long collectionId = jdbc.sql("SELECT id FROM collection WHERE name = 'docs'")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO rechunk_run (collection_id, chunking, state, total, done, after_id)"
                        + " VALUES (?, '{\"chunker\": \"fixed\", \"chunkTokens\": \"32\"}', 'RUNNING', 3, 1, ?)")
                .params(collectionId, ids.getFirst())
                .update();
        JsonNode resumed = awaitRechunk();
        assertThat(resumed.get("done").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT metadata->>'chunker' FROM document ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("sentence", "fixed", "fixed");

        // one run at a time: a run another instance holds refuses a second
        jdbc.sql("INSERT INTO rechunk_run (collection_id, state, total, lease_until)"
                        + " VALUES (?, 'RUNNING', 3, now() + interval '1 hour')")
                .param(collectionId)
                .update();
        assertProblem(
                http.post().uri("/v1/collections/docs/rechunk").retrieve().toEntity(JsonNode.class),
                409,
                "rechunk-running",
                "collection 'docs' is being re-chunked now; GET /v1/collections/docs/rechunk shows how far it has"
                        + " come");
        assertProblem(
                http.post()
                        .uri("/v1/collections/docs/rechunk?chunker=magic")
                        .retrieve()
                        .toEntity(JsonNode.class),
                400,
                "invalid-parameter",
                null);

        // and the running one can be cancelled, once
        ResponseEntity<JsonNode> cancelled =
                http.delete().uri("/v1/collections/docs/rechunk").retrieve().toEntity(JsonNode.class);
        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
        assertThat(cancelled.getBody().get("state").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.getBody().get("finishedAt").asString()).isNotBlank();
        assertProblem(
                http.delete().uri("/v1/collections/docs/rechunk").retrieve().toEntity(JsonNode.class),
                404,
                "rechunk-not-found",
                "no re-chunking of collection 'docs' is running");
    }

    /** The collection's latest re-chunking run, once it has finished. */
    private JsonNode awaitRechunk() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode run = getJson("/v1/collections/docs/rechunk").getBody();
            if (run.path("state").asString().equals("SUCCEEDED")) {
                return run;
            }
            assertThat(System.nanoTime()).as("the run finished: %s", run).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private ResponseEntity<JsonNode> patch(String path, String body) {
        return http.patch()
                .uri(path)
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    @Test
    void deletingACollectionRemovesItsDocumentsChunksAndQueuedJobsAndLogsADeletePerDocument() throws Exception {
        // given two documents in docs, one in another collection, and a queued job for docs that no worker can claim
        // yet (this test holds its row, as a worker claiming it would)
        long first = uploadRaw("/v1/collections/docs/documents", TEXT_MARKDOWN, utf8(MARKDOWN))
                .getBody()
                .get("documentId")
                .asLong();
        long second = uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT))
                .getBody()
                .get("documentId")
                .asLong();
        createCollection("other");
        long kept = uploadRaw("/v1/collections/other/documents", TEXT_MARKDOWN, utf8(MARKDOWN))
                .getBody()
                .get("documentId")
                .asLong();
        long docsChunks = jdbc.sql("SELECT count(*) FROM chunk WHERE document_id IN (?, ?)")
                .param(first)
                .param(second)
                .query(Long.class)
                .single();
        long otherChunks = count("chunk") - docsChunks;
        Map<String, Double> before = metrics();
        ResponseEntity<JsonNode> deleted;
        long jobId;
        try (Connection holder = dataSource.getConnection();
                ExecutorService clients = Executors.newSingleThreadExecutor()) {
            holder.setAutoCommit(false);
            // a worker may claim the job between its insert and the lock: its content is empty, so such a worker
            // fails it at once and stores nothing, and another is queued
            jobId = -1;
            for (int attempt = 0; attempt < 5 && jobId < 0; attempt++) {
                long inserted;
                try (var insert = holder.createStatement()) {
                    var rs = insert.executeQuery("INSERT INTO ingest_job (collection, state, content)"
                            + " VALUES ('docs', 'QUEUED', ''::bytea) RETURNING id");
                    rs.next();
                    inserted = rs.getLong(1);
                }
                holder.commit();
                try (var lock = holder.createStatement()) {
                    var rs = lock.executeQuery("SELECT state FROM ingest_job WHERE id = " + inserted + " FOR UPDATE");
                    rs.next();
                    if (rs.getString(1).equals("QUEUED")) {
                        jobId = inserted;
                    } else {
                        holder.rollback();
                    }
                }
            }
            assertThat(jobId).as("a queued job no worker took").isPositive();

            // when
            Future<ResponseEntity<JsonNode>> sent = clients.submit(
                    () -> http.delete().uri("/v1/collections/docs").retrieve().toEntity(JsonNode.class));
            awaitWaitingForRowLocks(1);
            holder.rollback();
            deleted = sent.get(60, TimeUnit.SECONDS);
        }

        // then
        assertThat(deleted.getStatusCode().value()).as("%s", deleted.getBody()).isEqualTo(200);
        JsonNode body = deleted.getBody();
        assertThat(body.get("name").asString()).isEqualTo("docs");
        assertThat(body.get("documentsDeleted").asLong()).isEqualTo(2);
        assertThat(body.get("chunksDeleted").asLong()).isEqualTo(docsChunks);
        assertThat(body.get("jobsFailed").asInt()).isEqualTo(1);
        assertThat(body.get("changeSeq").asLong()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT name FROM collection").query(String.class).list())
                .containsExactly("other");
        assertThat(jdbc.sql("SELECT id FROM document").query(Long.class).list()).containsExactly(kept);
        assertThat(count("chunk")).isEqualTo(otherChunks);
        assertThat(changeLog())
                .containsExactly(
                        List.of(1L, first, "UPSERT"),
                        List.of(2L, second, "UPSERT"),
                        List.of(3L, kept, "UPSERT"),
                        List.of(4L, first, "DELETE"),
                        List.of(5L, second, "DELETE"));
        JsonNode job = getJson("/v1/jobs/" + jobId).getBody();
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("error").get("status").asInt()).isEqualTo(404);
        assertThat(job.get("error").get("detail").asString())
                .isEqualTo("collection 'docs' was deleted before this job ran");
        assertThat(delta(before, metrics(), "rag_ingest_documents_total{outcome=\"deleted\"}"))
                .isEqualTo(2.0);
        assertProblem(
                http.delete().uri("/v1/collections/docs").retrieve().toEntity(JsonNode.class),
                404,
                "collection-not-found",
                "collection 'docs' does not exist");
        assertProblem(
                uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8("text")),
                404,
                "collection-not-found",
                "collection 'docs' does not exist");

        // and a collection created again under the name starts empty
        assertThat(createCollection("docs").getStatusCode().value()).isEqualTo(201);
        assertThat(getJson("/v1/collections/docs")
                        .getBody()
                        .get("documentCount")
                        .asLong())
                .isZero();
        ResponseEntity<JsonNode> empty =
                http.delete().uri("/v1/collections/docs").retrieve().toEntity(JsonNode.class);
        assertThat(empty.getBody().get("documentsDeleted").asLong()).isZero();
        assertThat(empty.getBody().get("changeSeq").isNull()).isTrue();
        assertThat(count("change_log")).isEqualTo(5);
    }

    @Test
    void deletingACollectionWaitsForAnUploadInFlightAndALaterStoreIntoItIsA404() throws Exception {
        // given an upload stopped just before its change-log row (this test holds the writer lock)
        ResponseEntity<JsonNode> upload;
        ResponseEntity<JsonNode> deleted;
        try (Connection writer = dataSource.getConnection();
                ExecutorService clients = Executors.newFixedThreadPool(2)) {
            writer.setAutoCommit(false);
            try (var lock = writer.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(7262636)");
            }
            Future<ResponseEntity<JsonNode>> uploadSent = clients.submit(
                    () -> uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT)));
            awaitBlockedOnLocks(1);
            // when the collection is deleted meanwhile
            Future<ResponseEntity<JsonNode>> deleteSent = clients.submit(
                    () -> http.delete().uri("/v1/collections/docs").retrieve().toEntity(JsonNode.class));
            awaitBlockedOnLocks(2);
            writer.commit();
            upload = uploadSent.get(60, TimeUnit.SECONDS);
            deleted = deleteSent.get(60, TimeUnit.SECONDS);
        }

        // then the upload is stored first and the delete removes it
        assertThat(upload.getStatusCode().value()).as("%s", upload.getBody()).isEqualTo(201);
        assertThat(deleted.getStatusCode().value()).as("%s", deleted.getBody()).isEqualTo(200);
        assertThat(deleted.getBody().get("documentsDeleted").asLong()).isEqualTo(1);
        assertNoDocuments();
        assertThat(changeLog().stream().map(row -> row.get(2)).toList()).containsExactly("UPSERT", "DELETE");

        // given an upload that found the collection and waits to store into it while another writer holds the
        // collection exclusively and deletes it
        assertThat(createCollection("docs").getStatusCode().value()).isEqualTo(201);
        long collectionId = jdbc.sql("SELECT id FROM collection WHERE name = 'docs'")
                .query(Long.class)
                .single();
        try (Connection deleter = dataSource.getConnection();
                ExecutorService clients = Executors.newSingleThreadExecutor()) {
            deleter.setAutoCommit(false);
            try (var lock = deleter.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(7262638, " + collectionId + ")");
            }
            Future<ResponseEntity<JsonNode>> uploadSent = clients.submit(
                    () -> uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT)));
            awaitBlockedOnLocks(1);
            try (var delete = deleter.createStatement()) {
                delete.execute("DELETE FROM collection WHERE id = " + collectionId);
            }
            deleter.commit();
            upload = uploadSent.get(60, TimeUnit.SECONDS);
        }

        // then it is refused as an upload to a missing collection, having stored nothing
        assertProblem(upload, 404, "collection-not-found", "collection 'docs' does not exist");
        assertNoDocuments();
    }

    /** Waits until {@code n} sessions of this database wait for a row or transaction lock. */
    private void awaitWaitingForRowLocks(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("""
                        SELECT count(*) FROM pg_locks
                        WHERE locktype IN ('transactionid', 'tuple') AND NOT granted
                          AND (database IS NULL OR database = (SELECT oid FROM pg_database
                                                               WHERE datname = current_database()))
                        """).query(Long.class).single() < n) {
            assertThat(System.nanoTime())
                    .as("%d sessions waiting for row locks", n)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Waits until {@code n} sessions wait for an advisory lock. */
    private void awaitBlockedOnLocks(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("""
                        SELECT count(*) FROM pg_locks
                        WHERE locktype = 'advisory' AND NOT granted
                          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                        """).query(Long.class).single() < n) {
            assertThat(System.nanoTime())
                    .as("%d sessions blocked on advisory locks", n)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Sends both bodies as text/plain to {@code uri} from two threads released together. */
    private List<ResponseEntity<JsonNode>> uploadConcurrently(String uri, String first, String second)
            throws Exception {
        return uploadConcurrently(List.of(uri, uri), List.of(first, second));
    }

    /** Sends body i as text/plain to uri i, all from threads released together. */
    private List<ResponseEntity<JsonNode>> uploadConcurrently(List<String> uris, List<String> bodies) throws Exception {
        var start = new CountDownLatch(1);
        try (ExecutorService clients = Executors.newFixedThreadPool(uris.size())) {
            List<Future<ResponseEntity<JsonNode>>> sent = new ArrayList<>();
            for (int i = 0; i < uris.size(); i++) {
                String uri = uris.get(i);
                String body = bodies.get(i);
                sent.add(clients.submit(() -> {
                    start.await();
                    return uploadRaw(uri, MediaType.TEXT_PLAIN, utf8(body));
                }));
            }
            start.countDown();
            List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> response : sent) {
                responses.add(response.get(60, TimeUnit.SECONDS));
            }
            return responses;
        }
    }

    @Test
    void anAsyncUploadIsAcceptedAsAJobThatReportsProgressAndItsDocument() {
        // when
        ResponseEntity<JsonNode> accepted = uploadRaw(
                "/v1/collections/docs/documents?async=true&title=Async", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT));

        // then: 202 with where to poll
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        long jobId = accepted.getBody().get("jobId").asLong();
        assertThat(accepted.getBody().get("status").asString()).isEqualTo("QUEUED");
        assertThat(accepted.getBody().get("location").asString()).isEqualTo("/v1/jobs/" + jobId);
        assertThat(accepted.getHeaders().getLocation()).hasPath("/v1/jobs/" + jobId);

        // and the job ends SUCCEEDED with every chunk embedded and its document READY
        JsonNode job = awaitJob(jobId);
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        long documentId = job.get("documentId").asLong();
        int chunks = (int) count("chunk");
        assertThat(chunks).isGreaterThan(3);
        assertThat(job.get("progress").get("chunksTotal").asInt()).isEqualTo(chunks);
        assertThat(job.get("progress").get("chunksEmbedded").asInt()).isEqualTo(chunks);
        assertThat(job.get("result").get("title").asString()).isEqualTo("Async");
        assertThat(job.get("attempts").asInt()).isEqualTo(1);
        assertThat(job.get("error").isNull()).isTrue();
        // a caller the gateway limits to other collections does not see the job
        assertProblem(
                http.get()
                        .uri("/v1/jobs/" + jobId)
                        .header("X-Jrag-Collections", "papers")
                        .retrieve()
                        .toEntity(JsonNode.class),
                404,
                "job-not-found",
                "job " + jobId + " does not exist");
        assertThat(http.get()
                        .uri("/v1/jobs/" + jobId)
                        .header("X-Jrag-Collections", "papers,docs")
                        .retrieve()
                        .toEntity(JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT status FROM document WHERE id = ?")
                        .param(documentId)
                        .query(String.class)
                        .single())
                .isEqualTo("READY");
        assertThat(jdbc.sql("SELECT content IS NULL FROM ingest_job WHERE id = ?")
                        .param(jobId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aJobThatCannotBeIngestedFailsWithTheProblemAndAnUnknownCollectionIsRefusedAtOnce() {
        // when: Prefer: respond-async with a whitespace-only document
        ResponseEntity<JsonNode> accepted = http.post()
                .uri("/v1/collections/docs/documents")
                .contentType(MediaType.TEXT_PLAIN)
                .header("Prefer", "respond-async, wait=0")
                .body(utf8("   \n "))
                .retrieve()
                .toEntity(JsonNode.class);

        // then
        assertThat(accepted.getStatusCode().value()).isEqualTo(202);
        assertThat(accepted.getHeaders().getFirst("Preference-Applied")).isEqualTo("respond-async");
        JsonNode job = awaitJob(accepted.getBody().get("jobId").asLong());
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("error").get("type").asString()).isEqualTo("https://jrag.dev/problems/empty-document");
        assertThat(job.get("error").get("status").asInt()).isEqualTo(400);
        assertThat(job.get("error").get("detail").asString())
                .isEqualTo("document has no text: its 5 bytes are whitespace only");
        assertThat(job.get("documentId").isNull()).isTrue();
        assertNothingStored();

        assertProblem(
                uploadRaw("/v1/collections/nope/documents?async=true", MediaType.TEXT_PLAIN, utf8("text")),
                404,
                "collection-not-found",
                "collection 'nope' does not exist");
        assertProblem(getJson("/v1/jobs/999"), 404, "job-not-found", "job 999 does not exist");
        assertThat(count("ingest_job")).isEqualTo(1);
    }

    @Test
    void aJobWhoseWorkerDiedWhileRunningIsQueuedAgainAndCompleted() {
        // given: what a kill mid-run leaves behind: RUNNING, one attempt made, a lease that has expired
        long jobId = jdbc.sql("""
                        INSERT INTO ingest_job (collection, state, content, metadata, chunking, attempts, lease_until,
                                                started_at)
                        VALUES ('docs', 'RUNNING', ?, '{"title": "Resumed", "tags": ["restart"]}',
                                '{"chunkTokens": "32"}', 1, now() - interval '1 minute', now() - interval '3 minutes')
                        RETURNING id
                        """).param(utf8(PLAIN_TEXT)).query(Long.class).single();

        // when: the workers poll
        JsonNode job = awaitJob(jobId);

        // then: picked up again and finished, with the stored parameters
        assertThat(job.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("attempts").asInt()).isEqualTo(2);
        Map<String, Object> document =
                jdbc.sql("SELECT id, title, status FROM document").query().singleRow();
        assertThat(document).containsEntry("title", "Resumed").containsEntry("status", "READY");
        assertThat(job.get("documentId").asLong()).isEqualTo(((Number) document.get("id")).longValue());
        assertThat(jdbc.sql("SELECT max(token_count) FROM chunk")
                        .query(Integer.class)
                        .single())
                .isBetween(1, 32);
        assertThat(jdbc.sql("SELECT count(*) FROM chunk WHERE metadata -> 'tags' = '[\"restart\"]'::jsonb")
                        .query(Long.class)
                        .single())
                .isEqualTo(count("chunk"));
    }

    @Test
    void finishedJobsArePurgedOnceTheRetentionHasPassedAndUnfinishedOnesAreKept() throws Exception {
        // given: jobs that finished 8 days and 1 hour ago, and one RUNNING for 8 days whose lease still holds
        long oldSucceeded = insertJob("'SUCCEEDED', now() - interval '8 days'");
        long oldFailed = insertJob("'FAILED', now() - interval '8 days'");
        long recent = insertJob("'SUCCEEDED', now() - interval '1 hour'");
        long running =
                jdbc.sql("""
                        INSERT INTO ingest_job (collection, state, content, attempts, lease_until, started_at,
                                                created_at)
                        VALUES ('docs', 'RUNNING', ?, 1, now() + interval '1 hour', now() - interval '8 days',
                                now() - interval '8 days')
                        RETURNING id
                        """).param(utf8("still running")).query(Long.class).single();

        // when: the purge runs on its schedule (every 200 ms here; the retention is the default 7 days)
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (count("ingest_job") > 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        // then: only the unfinished job and the one inside the retention are left
        assertThat(jdbc.sql("SELECT id FROM ingest_job ORDER BY id")
                        .query(Long.class)
                        .list())
                .containsExactly(recent, running);
        assertProblem(
                getJson("/v1/jobs/" + oldSucceeded), 404, "job-not-found", "job " + oldSucceeded + " does not exist");
        assertProblem(getJson("/v1/jobs/" + oldFailed), 404, "job-not-found", "job " + oldFailed + " does not exist");
        assertThat(getJson("/v1/jobs/" + recent).getBody().get("status").asString())
                .isEqualTo("SUCCEEDED");
    }

    private long insertJob(String stateAndFinishedAt) {
        return jdbc.sql("INSERT INTO ingest_job (collection, state, finished_at) VALUES ('docs', " + stateAndFinishedAt
                        + ") RETURNING id")
                .query(Long.class)
                .single();
    }

    @Test
    void ingestMetricsMoveInPrometheus() {
        // given
        Map<String, Double> before = metrics();

        // when: one stored document and one empty one
        int chunks = uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8(PLAIN_TEXT))
                .getBody()
                .get("chunkCount")
                .asInt();
        uploadRaw("/v1/collections/docs/documents", MediaType.TEXT_PLAIN, utf8(" "));
        Map<String, Double> after = metrics();

        // then
        assertThat(delta(before, after, "rag_ingest_documents_total{outcome=\"stored\"}"))
                .isEqualTo(1.0);
        assertThat(delta(before, after, "rag_ingest_chunks_total")).isEqualTo(chunks);
        assertThat(delta(before, after, "rag_ingest_embedding_batch_seconds_count"))
                .isEqualTo(1.0);
        assertThat(delta(before, after, "rag_ingest_duration_seconds_count")).isEqualTo(1.0);
        assertThat(delta(before, after, "rag_ingest_failures_total{type=\"empty-document\"}"))
                .isEqualTo(1.0);
        assertThat(after).containsEntry("rag_ingest_jobs_queued", 0.0);
        // each stage is an observation (a span when traced) timed by stage; the empty document failed in parse
        for (String stage : List.of("parse", "chunk", "embed", "store")) {
            assertThat(delta(before, after, "rag_ingest_stage_seconds_count{error=\"none\",stage=\"" + stage + "\"}"))
                    .as(stage)
                    .isEqualTo(1.0);
        }
        assertThat(delta(
                        before,
                        after,
                        "rag_ingest_stage_seconds_count{error=\"EmptyDocumentException\",stage=\"parse\"}"))
                .isEqualTo(1.0);
    }

    /** The scrape's samples by name with labels (minus the application tag), e.g. {@code x_total{type="y"}}. */
    private Map<String, Double> metrics() {
        String scrape = http.get().uri("/actuator/prometheus").retrieve().body(String.class);
        var samples = new LinkedHashMap<String, Double>();
        for (String line : scrape.lines().toList()) {
            if (line.startsWith("rag_ingest_")) {
                int space = line.lastIndexOf(' ');
                String key = line.substring(0, space)
                        .replaceAll(",?application=\"[^\"]*\"", "")
                        .replace("{}", "");
                key = key.replace("{,", "{");
                samples.put(key, Double.parseDouble(line.substring(space + 1)));
            }
        }
        return samples;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String sample) {
        assertThat(after).as("scraped samples").containsKey(sample);
        return after.get(sample) - before.getOrDefault(sample, 0.0);
    }

    /** Polls the job until it has finished (or 60 s have passed). */
    private JsonNode awaitJob(long jobId) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            ResponseEntity<JsonNode> response = getJson("/v1/jobs/" + jobId);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            String status = response.getBody().get("status").asString();
            if (status.equals("SUCCEEDED") || status.equals("FAILED") || System.nanoTime() > deadline) {
                return response.getBody();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private ResponseEntity<JsonNode> getJson(String uri) {
        return http.get().uri(uri).retrieve().toEntity(JsonNode.class);
    }

    private void assertChunksReproduceTheirText() {
        assertThat(jdbc.sql("SELECT count(*) FROM chunk c JOIN document d ON d.id = c.document_id"
                                + " WHERE substr(d.content, c.start_offset + 1, c.end_offset - c.start_offset)"
                                + " <> c.text")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ResponseEntity<JsonNode> uploadBatch(String uri, MediaType type, byte[] body) {
        return http.post().uri(uri).contentType(type).body(body).retrieve().toEntity(JsonNode.class);
    }

    private static LinkedMultiValueMap<String, Object> filePart(String filename, MediaType type, byte[] bytes) {
        var headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(
                ContentDisposition.formData().name("file").filename(filename).build());
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new HttpEntity<>(bytes, headers));
        return parts;
    }

    private ResponseEntity<JsonNode> createCollection(String name) {
        return createCollection(Map.of("name", name));
    }

    private ResponseEntity<JsonNode> createCollection(Map<String, Object> body) {
        return http.post()
                .uri("/v1/collections")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
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

    private void assertNoDocuments() {
        assertThat(count("document")).isZero();
        assertThat(count("chunk")).isZero();
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
