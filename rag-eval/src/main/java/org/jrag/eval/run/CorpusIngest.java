package org.jrag.eval.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jrag.eval.beir.BeirDocument;
import org.jrag.eval.service.IngestClient;

/**
 * Uploads a BEIR corpus through ingest-service, {@code concurrency} documents at a time. Each document becomes one
 * plain-text upload, its body the title, a blank line and the text (so the title is embedded and indexed with the
 * first chunk, as in the BEIR and MTEB runs), with {@code title} and {@code source} = the BEIR id as metadata.
 * Re-running skips what is there: identical bytes come back as duplicates without being embedded again.
 */
public final class CorpusIngest {

    private final IngestClient ingest;
    private final int concurrency;
    private final PrintStream log;

    public CorpusIngest(IngestClient ingest, int concurrency, PrintStream log) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got: " + concurrency);
        }
        this.ingest = ingest;
        this.concurrency = concurrency;
        this.log = log;
    }

    /** The body uploaded for a document: title, blank line, text (just the text when there is no title). */
    public static String body(BeirDocument document) {
        return document.title().isBlank() ? document.text() : document.title() + "\n\n" + document.text();
    }

    public Result run(String collection, List<BeirDocument> corpus) {
        ingest.createCollection(collection, "BEIR evaluation corpus (rag-eval)");
        Map<Long, List<String>> beirIds = new ConcurrentHashMap<>();
        AtomicLong lastSeq = new AtomicLong();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger chunks = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> uploads = new ArrayList<>();
            for (BeirDocument document : corpus) {
                uploads.add(pool.submit(() -> {
                    String body = body(document);
                    if (body.isBlank()) {
                        skipped.incrementAndGet();
                        return;
                    }
                    var uploaded = ingest.upload(collection, document.title(), document.id(), body);
                    beirIds.computeIfAbsent(
                                    uploaded.documentId(), id -> new java.util.concurrent.CopyOnWriteArrayList<>())
                            .add(document.id());
                    lastSeq.accumulateAndGet(uploaded.changeSeq(), Math::max);
                    chunks.addAndGet(uploaded.chunkCount());
                    (uploaded.duplicate() ? duplicates : created).incrementAndGet();
                    int n = done.incrementAndGet();
                    if (n % 250 == 0) {
                        log.printf(
                                "ingest: %d/%d documents (%d new, %d already there), %.0f s%n",
                                n, corpus.size(), created.get(), duplicates.get(), seconds(started));
                    }
                }));
            }
            for (Future<?> upload : uploads) {
                upload.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
        var result = new Result(
                Map.copyOf(beirIds),
                lastSeq.get(),
                created.get(),
                duplicates.get(),
                skipped.get(),
                chunks.get(),
                seconds(started));
        log.printf(
                "ingest: %d documents uploaded (%d new, %d already there, %d empty skipped), %d chunks, %.0f s%n",
                created.get() + duplicates.get(),
                created.get(),
                duplicates.get(),
                skipped.get(),
                chunks.get(),
                result.seconds());
        return result;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /**
     * What the collection holds after the ingest: service document id to the BEIR ids stored as it (more than one
     * only when two corpus entries have identical bytes), and the newest change-log seq to wait for.
     */
    public record Result(
            Map<Long, List<String>> beirIds,
            long lastSeq,
            int created,
            int duplicates,
            int skipped,
            int chunks,
            double seconds) {}
}
