package org.jrag.generation.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrag.embedding.TextEmbedder;
import org.jrag.embedding.VectorMath;
import org.jrag.generation.extractive.Passage;
import org.jrag.generation.extractive.Sentence;
import org.jrag.generation.extractive.SentenceSplitter;

/**
 * Checks a RAG answer against the chunks it cites, sentence by sentence. A cited chunk supports an answer sentence
 * when every number in the sentence occurs in the chunk, and either
 *
 * <ul>
 *   <li>the cosine similarity between the sentence's embedding and that of one of the chunk's sentences is at least
 *       {@code minSimilarity} (a paraphrase of one statement), or
 *   <li>at least {@code minOverlap} of the sentence's content words occur in the chunk (a statement assembled from
 *       several of the chunk's sentences).
 * </ul>
 *
 * The number rule is there because embeddings barely move when only a figure changes ("completed in 1889" and
 * "completed in 1925" embed almost alike), and a wrong figure is the commonest way a fluent answer goes wrong.
 * Every sentence of the answer and of the chunks is embedded in one batch, as a passage.
 */
public final class GroundingRail {

    private final SentenceSplitter splitter;
    private final TextEmbedder embedder;
    private final double minSimilarity;
    private final double minOverlap;

    public GroundingRail(SentenceSplitter splitter, TextEmbedder embedder, double minSimilarity, double minOverlap) {
        if (!(minSimilarity >= -1 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity must be within [-1, 1], got: " + minSimilarity);
        }
        if (!(minOverlap > 0 && minOverlap <= 1)) {
            throw new IllegalArgumentException("minOverlap must be within (0, 1], got: " + minOverlap);
        }
        this.splitter = splitter;
        this.embedder = embedder;
        this.minSimilarity = minSimilarity;
        this.minOverlap = minOverlap;
    }

    /**
     * Reports the support of each sentence of {@code answer} by {@code citedChunks}; with {@code mode} FLAG or BLOCK
     * each unsupported sentence is an intervention, with ALLOW the report carries none.
     */
    public GroundingReport check(String answer, List<String> citedChunks, Action mode) {
        // 1. split the answer and every chunk into sentences (a chunk without a whole sentence counts as one)
        List<String> answerSentences = sentences(answer);
        if (answerSentences.isEmpty()) {
            return GroundingReport.of(List.of(), List.of());
        }
        var chunkSentences = new ArrayList<List<String>>(citedChunks.size());
        for (String chunk : citedChunks) {
            List<String> split = sentences(chunk);
            chunkSentences.add(split.isEmpty() && !chunk.isBlank() ? List.of(chunk.strip()) : split);
        }
        // 2. embed them all in one batch
        var texts = new ArrayList<>(answerSentences);
        chunkSentences.forEach(texts::addAll);
        List<float[]> vectors = embedder.embedPassages(texts);
        // 3. score every answer sentence against every chunk
        var supports = new ArrayList<SentenceSupport>(answerSentences.size());
        var interventions = new ArrayList<Intervention>();
        int searchFrom = 0;
        for (int s = 0; s < answerSentences.size(); s++) {
            String sentence = answerSentences.get(s);
            SentenceSupport support =
                    support(sentence, vectors.get(s), citedChunks, chunkSentences, vectors, answerSentences.size());
            supports.add(support);
            // 4. flag the unsupported ones where they stand in the answer
            int[] span = locate(answer, sentence, searchFrom);
            if (span == null) {
                span = new int[] {0, answer.length()};
            } else {
                searchFrom = span[1];
            }
            if (!support.supported() && mode != Action.ALLOW) {
                interventions.add(
                        new Intervention(Rail.GROUNDING, mode, detail(support, citedChunks), span[0], span[1]));
            }
        }
        return GroundingReport.of(supports, interventions);
    }

    private SentenceSupport support(
            String sentence,
            float[] vector,
            List<String> chunks,
            List<List<String>> chunkSentences,
            List<float[]> vectors,
            int firstChunkVector) {
        Set<String> words = ContentWords.of(sentence);
        Set<String> numbers = ContentWords.numbers(sentence);
        int best = -1;
        boolean bestSupports = false;
        double bestSimilarity = -1;
        double bestOverlap = 0;
        int offset = firstChunkVector;
        for (int c = 0; c < chunks.size(); c++) {
            double similarity = -1;
            for (int j = 0; j < chunkSentences.get(c).size(); j++) {
                similarity = Math.max(similarity, VectorMath.dot(vector, vectors.get(offset + j)));
            }
            offset += chunkSentences.get(c).size();
            double overlap = ContentWords.overlap(words, ContentWords.of(chunks.get(c)));
            boolean numbersCovered = ContentWords.numbers(chunks.get(c)).containsAll(numbers);
            boolean supports = numbersCovered && (similarity >= minSimilarity || overlap >= minOverlap);
            // a supporting chunk beats any that does not; among equals, the more similar one
            boolean better = best < 0
                    || (supports && !bestSupports)
                    || (supports == bestSupports && similarity > bestSimilarity);
            if (better) {
                best = c;
                bestSupports = supports;
                bestSimilarity = similarity;
                bestOverlap = overlap;
            }
        }
        return new SentenceSupport(sentence, bestSupports, best, best < 0 ? 0 : bestSimilarity, bestOverlap);
    }

    private String detail(SentenceSupport support, List<String> chunks) {
        if (support.chunk() < 0) {
            return "sentence not supported: no chunk was cited";
        }
        boolean numbersMissing = !ContentWords.numbers(chunks.get(support.chunk()))
                .containsAll(ContentWords.numbers(support.sentence()));
        return String.format(
                Locale.ROOT,
                "sentence not supported by any cited chunk: best is chunk %d with similarity %.3f (needs %.2f)"
                        + " and word overlap %.2f (needs %.2f)%s",
                support.chunk(),
                support.similarity(),
                minSimilarity,
                support.overlap(),
                minOverlap,
                numbersMissing ? ", and a number of the sentence is not in it" : "");
    }

    private List<String> sentences(String text) {
        return splitter.split(List.of(new Passage(0L, 0L, null, text))).stream()
                .map(Sentence::text)
                .toList();
    }

    /**
     * Where {@code sentence} (whitespace collapsed by the splitter) stands in {@code text}, searching from
     * {@code from}; null when it cannot be found.
     */
    private static int[] locate(String text, String sentence, int from) {
        var regex = new StringBuilder();
        for (String word : sentence.split(" ")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        if (m.find(from)) {
            return new int[] {m.start(), m.end()};
        }
        return null;
    }
}
