package org.jrag.generation.extractive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers a question by quoting the passages' sentences most similar to it. It never writes text of its
 * own: when no sentence clears the similarity floor it throws {@link NoSupportedAnswerException}.
 */
public final class ExtractiveAnswerer {

    private static final Comparator<ScoredSentence> READING_ORDER = Comparator.<ScoredSentence>comparingInt(
                    s -> s.sentence().passage())
            .thenComparingInt(s -> s.sentence().position());

    private final SentenceSplitter splitter;
    private final SentenceRanker ranker;
    private final double minSimilarity;

    public ExtractiveAnswerer(SentenceSplitter splitter, SentenceRanker ranker, ExtractiveProperties properties) {
        this.splitter = splitter;
        this.ranker = ranker;
        this.minSimilarity = properties.minSimilarity();
    }

    public Answer answer(AnswerRequest request) {
        List<Passage> passages = request.passages();
        if (passages.isEmpty()) {
            throw new NoPassagesException();
        }
        // 1. split the passages into sentences
        List<Sentence> sentences = splitter.split(passages);
        if (sentences.isEmpty()) {
            throw new NoSupportedAnswerException(
                    "None of the %d passages holds a sentence of at least %d words to quote"
                            .formatted(passages.size(), BreakIteratorSentenceSplitter.MIN_WORDS));
        }
        // 2. rank them by similarity to the question
        // a follow-up is matched together with the user's previous question
        List<ScoredSentence> ranked =
                ranker.rank(ConversationTurn.inContext(request.question(), request.history()), sentences);
        // 3. keep the best ones that clear the floor
        List<ScoredSentence> chosen = ranked.stream()
                .filter(s -> s.score() >= minSimilarity)
                .limit(request.maxSentences())
                .collect(Collectors.toCollection(ArrayList::new));
        if (chosen.isEmpty()) {
            throw new NoSupportedAnswerException(String.format(
                    Locale.ROOT,
                    "No sentence in the %d passages is similar enough to the question: the best of %d sentences"
                            + " scored %.3f, below the floor of %.2f (rag.generation.extractive.min-similarity)",
                    passages.size(),
                    sentences.size(),
                    ranked.getFirst().score(),
                    minSimilarity));
        }
        // 4. put them back in reading order so the answer reads naturally
        chosen.sort(READING_ORDER);
        String answer = chosen.stream().map(s -> s.sentence().text()).collect(Collectors.joining(" "));
        // 5. cite each contributing chunk once, with the sentences quoted from it
        return new Answer(answer, Answer.EXTRACTIVE, cite(passages, chosen));
    }

    private static List<Citation> cite(List<Passage> passages, List<ScoredSentence> chosen) {
        Map<Long, List<Sentence>> byChunk = new LinkedHashMap<>();
        Map<Long, Passage> passageOfChunk = new LinkedHashMap<>();
        for (ScoredSentence s : chosen) {
            Passage passage = passages.get(s.sentence().passage());
            passageOfChunk.putIfAbsent(passage.chunkId(), passage);
            byChunk.computeIfAbsent(passage.chunkId(), id -> new ArrayList<>()).add(s.sentence());
        }
        var citations = new ArrayList<Citation>(byChunk.size());
        byChunk.forEach((chunkId, quoted) -> {
            Passage passage = passageOfChunk.get(chunkId);
            String text = quoted.stream().map(Sentence::text).collect(Collectors.joining(" "));
            citations.add(new Citation(passage.documentId(), chunkId, passage.title(), text));
        });
        return citations;
    }
}
