package org.jrag.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jrag.eval.beir.BeirDataset;
import org.jrag.eval.beir.BeirReader;
import org.jrag.eval.reference.WholeDocumentBm25;
import org.jrag.eval.run.CorpusIngest;
import org.jrag.eval.run.EvalMode;
import org.jrag.eval.run.Evaluation;
import org.jrag.eval.run.HnswPlanCheck;
import org.jrag.eval.run.HnswRecall;
import org.jrag.eval.run.ModeScores;
import org.jrag.eval.run.Report;
import org.jrag.eval.service.IngestClient;
import org.jrag.eval.service.RetrievalClient;
import org.jrag.eval.service.ServiceException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation CLI. Reads a BEIR dataset, ingests its corpus through the running ingest-service, waits until the
 * BM25 index has caught up, searches every judged query in every mode through the running retrieval-service, and
 * prints nDCG@10, Recall@100 and MRR@10 per mode, HNSW recall@10 against exact search, and the whole-document BM25
 * reference. Run with {@code --help} for the options.
 */
public final class RagEval {

    private static final String USAGE = """
            usage: java -jar rag-eval.jar --data DIR [options]
              --data DIR               BEIR dataset: corpus.jsonl, queries.jsonl, qrels/<split>.tsv
              --split NAME             qrels split (default test)
              --collection NAME        collection to ingest into (default: the dataset dir name, lower-cased)
              --ingest-url URL         default $RAG_INGEST_URL or http://127.0.0.1:8081
              --retrieval-url URL      default $RAG_RETRIEVAL_URL or http://127.0.0.1:8082
              --modes a,b,...          built-in modes to run (default bm25,dense,hybrid)
              --mode NAME=JSON         an extra mode: JSON fields added to POST /v1/search, e.g.
                                       --mode 'hybrid-rerank={"mode":"hybrid","rerank":true}' (repeatable)
              --ef-search a,b,...      efSearch values for HNSW recall@10 vs exact ('config' = the service's own;
                                       default config; 'none' skips the check); each run first asks
                                       POST /v1/search/explain and stops (exit 1) unless the HNSW index answers
              --no-reference           skip the in-process whole-document BM25 reference
              --reference-only         only the in-process reference (no services needed)
              --max-documents N        smoke run on the first N corpus documents and the queries judged on
                                       them (scores not comparable with the full dataset's)
              --k1 X --b Y             reference BM25 parameters (default 0.9 and 0.4, Anserini's)
              --concurrency N          concurrent searches (default 4)
              --ingest-concurrency N   concurrent uploads (default 3)
              --index-timeout SECONDS  how long to wait for the BM25 index to catch up (default 900)
              --json FILE              also write the report as JSON
            """;

    private RagEval() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("rag-eval: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.print(USAGE);
            return;
        }
        Report report;
        try {
            report = run(options, System.out);
        } catch (HnswPlanCheck.NoHnswIndexException e) {
            System.err.println("rag-eval: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.print(report.table());
        if (options.json() != null) {
            JsonMapper json = JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build();
            Files.writeString(options.json(), json.writeValueAsString(report) + "\n");
            System.out.println("wrote " + options.json());
        }
    }

    static Report run(Options options, PrintStream log) throws InterruptedException {
        BeirDataset dataset = BeirReader.read(options.data(), options.split());
        if (options.maxDocuments() != null) {
            dataset = dataset.firstDocuments(options.maxDocuments());
        }
        String collection = options.collection() != null ? options.collection() : collectionName(dataset.name());
        log.printf(
                "%s: %d documents, %d judged queries in '%s'%n",
                dataset.name(), dataset.corpus().size(), dataset.queries().size(), options.split());

        if (options.referenceOnly()) {
            var evaluation = new Evaluation(null, dataset, collection, Map.of(), options.concurrency());
            return new Report(
                    dataset.name(),
                    dataset.split(),
                    collection,
                    dataset.corpus().size(),
                    dataset.queries().size(),
                    Map.of(),
                    List.of(),
                    reference(evaluation, dataset, options),
                    List.of(),
                    settings(options));
        }

        // 1. ingest through ingest-service (already-stored documents come back as duplicates)
        var ingest = new CorpusIngest(
                new IngestClient(options.ingestUrl(), Duration.ofMinutes(5)), options.ingestConcurrency(), log);
        CorpusIngest.Result ingested = ingest.run(collection, dataset.corpus());

        // 2. wait until the BM25 index has applied every change the ingest made
        var retrieval = new RetrievalClient(options.retrievalUrl(), Duration.ofMinutes(2));
        awaitIndexed(retrieval, ingested.lastSeq(), options.indexTimeout(), log);

        // 3. every mode through the service
        var evaluation = new Evaluation(retrieval, dataset, collection, ingested.beirIds(), options.concurrency());
        List<ModeScores> modes = new ArrayList<>();
        for (EvalMode mode : options.modes()) {
            ModeScores scores = evaluation.score(mode);
            log.printf(Locale.ROOT, "%s: nDCG@10 %.4f (%.0f s)%n", mode.name(), scores.ndcgAt10(), scores.seconds());
            modes.add(scores);
        }

        // 4. HNSW against exact dense search
        List<HnswRecall> hnsw = new ArrayList<>();
        for (Integer efSearch : options.efSearch()) {
            HnswRecall recall = evaluation.hnswRecall(efSearch);
            log.printf(Locale.ROOT, "HNSW efSearch %s: recall@10 %.4f%n", efSearch, recall.recallAt10());
            hnsw.add(recall);
        }

        // 5. the whole-document BM25 yardstick (Anserini flat), in-process
        List<ModeScores> reference = options.reference() ? reference(evaluation, dataset, options) : List.of();

        Map<String, Object> ingestFacts = new LinkedHashMap<>();
        ingestFacts.put("created", ingested.created());
        ingestFacts.put("alreadyThere", ingested.duplicates());
        ingestFacts.put("skippedEmpty", ingested.skipped());
        ingestFacts.put("chunks", ingested.chunks());
        ingestFacts.put("seconds", ingested.seconds());
        return new Report(
                dataset.name(),
                dataset.split(),
                collection,
                dataset.corpus().size(),
                dataset.queries().size(),
                ingestFacts,
                modes,
                reference,
                hnsw,
                settings(options));
    }

    private static List<ModeScores> reference(Evaluation evaluation, BeirDataset dataset, Options options) {
        try (var bm25 = new WholeDocumentBm25(dataset.corpus(), options.k1(), options.b())) {
            return List.of(evaluation.score(
                    "reference-bm25-flat-wholedoc", query -> bm25.search(query.text(), Evaluation.TOP_K)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> settings(Options options) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("data", options.data().toString());
        settings.put("maxDocuments", options.maxDocuments());
        settings.put("ingestUrl", options.ingestUrl().toString());
        settings.put("retrievalUrl", options.retrievalUrl().toString());
        settings.put("topK", Evaluation.TOP_K);
        settings.put("modes", options.modes());
        settings.put("efSearch", options.efSearch());
        settings.put("referenceK1", options.k1());
        settings.put("referenceB", options.b());
        settings.put("concurrency", options.concurrency());
        return settings;
    }

    /** A valid collection name from the dataset dir name: lower case, other characters to '-'. */
    static String collectionName(String datasetName) {
        String name = datasetName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        name = name.replaceAll("^[^a-z0-9]+", "");
        if (name.isEmpty()) {
            throw new IllegalArgumentException(
                    "cannot derive a collection name from '" + datasetName + "': pass --collection");
        }
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    private static void awaitIndexed(RetrievalClient retrieval, long seq, Duration timeout, PrintStream log)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long indexed = -1;
        String unreachable = null;
        while (indexed < seq) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("BM25 index is at seq " + indexed + " after " + timeout
                        + ", the ingest reached " + seq + (unreachable == null ? "" : "; last error: " + unreachable));
            }
            try {
                // the service may still be starting (or rebuilding its index) while the ingest finishes
                indexed = retrieval.indexedSeq();
            } catch (ServiceException e) {
                unreachable = e.getMessage();
            }
            if (indexed < seq) {
                Thread.sleep(500);
            }
        }
        log.printf("BM25 index at seq %d (ingest reached %d)%n", indexed, seq);
    }

    /** Parsed command line. */
    record Options(
            Path data,
            String split,
            String collection,
            URI ingestUrl,
            URI retrievalUrl,
            List<EvalMode> modes,
            List<Integer> efSearch,
            boolean reference,
            boolean referenceOnly,
            Integer maxDocuments,
            float k1,
            float b,
            int concurrency,
            int ingestConcurrency,
            Duration indexTimeout,
            Path json) {

        /** The options, or null when help was asked for. */
        static Options parse(String[] args) {
            Path data = null;
            String split = "test";
            String collection = null;
            URI ingestUrl = URI.create(env("RAG_INGEST_URL", "http://127.0.0.1:8081"));
            URI retrievalUrl = URI.create(env("RAG_RETRIEVAL_URL", "http://127.0.0.1:8082"));
            List<EvalMode> modes = new ArrayList<>(EvalMode.BUILT_IN);
            List<EvalMode> extra = new ArrayList<>();
            List<Integer> efSearch = new ArrayList<>();
            efSearch.add(null);
            boolean reference = true;
            boolean referenceOnly = false;
            Integer maxDocuments = null;
            float k1 = 0.9f;
            float b = 0.4f;
            int concurrency = 4;
            int ingestConcurrency = 3;
            Duration indexTimeout = Duration.ofSeconds(900);
            Path json = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "-h", "--help" -> {
                        return null;
                    }
                    case "--data" -> data = Path.of(value(args, ++i, arg));
                    case "--split" -> split = value(args, ++i, arg);
                    case "--collection" -> collection = value(args, ++i, arg);
                    case "--ingest-url" -> ingestUrl = URI.create(value(args, ++i, arg));
                    case "--retrieval-url" -> retrievalUrl = URI.create(value(args, ++i, arg));
                    case "--modes" -> modes = builtIn(value(args, ++i, arg));
                    case "--mode" -> extra.add(extraMode(value(args, ++i, arg)));
                    case "--ef-search" -> efSearch = efSearch(value(args, ++i, arg));
                    case "--no-reference" -> reference = false;
                    case "--reference-only" -> referenceOnly = true;
                    case "--max-documents" -> maxDocuments = positive(value(args, ++i, arg), arg);
                    case "--k1" -> k1 = Float.parseFloat(value(args, ++i, arg));
                    case "--b" -> b = Float.parseFloat(value(args, ++i, arg));
                    case "--concurrency" -> concurrency = positive(value(args, ++i, arg), arg);
                    case "--ingest-concurrency" -> ingestConcurrency = positive(value(args, ++i, arg), arg);
                    case "--index-timeout" -> indexTimeout = Duration.ofSeconds(positive(value(args, ++i, arg), arg));
                    case "--json" -> json = Path.of(value(args, ++i, arg));
                    default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
            }
            if (data == null) {
                throw new IllegalArgumentException("--data is required");
            }
            modes.addAll(extra);
            return new Options(
                    data,
                    split,
                    collection,
                    ingestUrl,
                    retrievalUrl,
                    List.copyOf(modes),
                    java.util.Collections.unmodifiableList(efSearch),
                    reference,
                    referenceOnly,
                    maxDocuments,
                    k1,
                    b,
                    concurrency,
                    ingestConcurrency,
                    indexTimeout,
                    json);
        }

        private static List<EvalMode> builtIn(String names) {
            List<EvalMode> modes = new ArrayList<>();
            for (String name : names.split(",")) {
                modes.add(EvalMode.BUILT_IN.stream()
                        .filter(mode -> mode.name().equals(name.strip()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("--modes: unknown mode '" + name
                                + "'; built in: bm25, dense, hybrid (add others with --mode NAME=JSON)")));
            }
            return modes;
        }

        @SuppressWarnings("unchecked")
        private static EvalMode extraMode(String spec) {
            int eq = spec.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("--mode must be NAME=JSON, got: '" + spec + "'");
            }
            Map<String, Object> fields;
            try {
                fields = JsonMapper.builder().build().readValue(spec.substring(eq + 1), Map.class);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--mode " + spec.substring(0, eq) + ": JSON object expected, got: '"
                        + spec.substring(eq + 1) + "'");
            }
            return new EvalMode(spec.substring(0, eq), fields);
        }

        private static List<Integer> efSearch(String values) {
            List<Integer> list = new ArrayList<>();
            if (values.equals("none")) {
                return list;
            }
            for (String value : values.split(",")) {
                list.add(value.strip().equals("config") ? null : positive(value.strip(), "--ef-search"));
            }
            return list;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String value, String option) {
            try {
                int n = Integer.parseInt(value);
                if (n < 1) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a positive integer, got: '" + value + "'");
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
