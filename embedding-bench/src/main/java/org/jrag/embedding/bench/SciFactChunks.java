package org.jrag.embedding.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jrag.embedding.TextTokenizer;
import org.jrag.embedding.TokenSpan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's input: SciFact documents (title, blank line, abstract) in file order, cut the way the ingest-service
 * cuts them (fixed windows of {@code chunkTokens} embedding-model tokens stepping by {@code chunkTokens - overlap}, a
 * chunk running from its first token's start to its last token's end), until {@code limit} chunks are collected.
 */
record SciFactChunks(List<String> texts, int documents, long tokens) {

    static SciFactChunks read(Path corpus, TextTokenizer tokenizer, int chunkTokens, int overlap, int limit) {
        var mapper = JsonMapper.builder().build();
        List<String> chunks = new ArrayList<>(limit);
        int documents = 0;
        long tokens = 0;
        try (Stream<String> lines = Files.lines(corpus)) {
            var it = lines.iterator();
            while (it.hasNext() && chunks.size() < limit) {
                JsonNode doc = mapper.readTree(it.next());
                String text = doc.path("title").asString("") + "\n\n"
                        + doc.path("text").asString("");
                documents++;
                List<TokenSpan> spans = tokenizer.tokenize(text);
                int n = spans.size();
                for (int first = 0; first < n && chunks.size() < limit; first += chunkTokens - overlap) {
                    int end = Math.min(first + chunkTokens, n);
                    chunks.add(text.substring(
                            spans.get(first).start(), spans.get(end - 1).end()));
                    tokens += end - first;
                    if (end == n) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + corpus, e);
        }
        return new SciFactChunks(List.copyOf(chunks), documents, tokens);
    }
}
