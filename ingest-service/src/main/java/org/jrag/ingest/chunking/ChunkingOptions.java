package org.jrag.ingest.chunking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrag.ingest.problem.InvalidParameterException;

/**
 * Chunking options as a client sends them (query parameters, or a collection's {@code chunking} object): strings by
 * name, not yet checked. A collection's options are stored as they are; a request's override them. Resolving checks
 * every option against its rule and fills the rest from the service defaults, so a mistake is a 400 that names the
 * parameter and the rule.
 *
 * @param values option name to value, names as the API spells them
 */
public record ChunkingOptions(Map<String, String> values) {

    public static final String CHUNKER = "chunker";
    public static final String CHUNK_TOKENS = "chunkTokens";
    public static final String OVERLAP_TOKENS = "overlapTokens";
    public static final String WINDOW_SENTENCES = "windowSentences";
    public static final String PARENT_TOKENS = "parentTokens";
    public static final String BREAKPOINT_PERCENTILE = "breakpointPercentile";

    static final List<String> STRATEGIES =
            List.of("fixed", "recursive", "sentence", "semantic", "sentence-window", "parent-child");

    private static final int MAX_WINDOW_SENTENCES = 20;

    private static final Map<String, Set<String>> OPTIONS_OF = Map.of(
            "fixed", Set.of(CHUNK_TOKENS, OVERLAP_TOKENS),
            "recursive", Set.of(CHUNK_TOKENS),
            "sentence", Set.of(CHUNK_TOKENS),
            "semantic", Set.of(CHUNK_TOKENS, BREAKPOINT_PERCENTILE),
            "sentence-window", Set.of(CHUNK_TOKENS, WINDOW_SENTENCES),
            "parent-child", Set.of(CHUNK_TOKENS, PARENT_TOKENS));

    /** Every option's name, as query parameters and a collection's {@code chunking} object spell them. */
    public static final List<String> NAMES =
            List.of(CHUNKER, CHUNK_TOKENS, OVERLAP_TOKENS, WINDOW_SENTENCES, PARENT_TOKENS, BREAKPOINT_PERCENTILE);

    public ChunkingOptions {
        var copy = new LinkedHashMap<String, String>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(name, value.strip());
            }
        });
        values = Map.copyOf(copy);
    }

    /** The chunking options among a request's parameters (query string or form fields); others are ignored. */
    public static ChunkingOptions from(Map<String, String> parameters) {
        var options = new LinkedHashMap<String, String>();
        for (String name : NAMES) {
            if (parameters.containsKey(name)) {
                options.put(name, parameters.get(name));
            }
        }
        return new ChunkingOptions(options);
    }

    public static ChunkingOptions none() {
        return new ChunkingOptions(Map.of());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * These options with {@code request}'s on top. A request that names another strategy starts afresh, since the
     * collection's options belong to the collection's strategy.
     */
    public ChunkingOptions overriddenBy(ChunkingOptions request) {
        String requested = request.values.get(CHUNKER);
        if (requested != null && !requested.equals(values.get(CHUNKER))) {
            return request;
        }
        var merged = new LinkedHashMap<>(values);
        merged.putAll(request.values);
        return new ChunkingOptions(merged);
    }

    /**
     * The strategy these options choose, checked; options left out take the defaults.
     *
     * @param prefix put before parameter names in problems ({@code "chunking."} for a collection's options)
     * @param modelLimit the most tokens an embedded chunk may hold
     */
    public ChunkingStrategy resolve(ChunkingProperties defaults, int modelLimit, String prefix) {
        for (String name : values.keySet()) {
            if (!NAMES.contains(name)) {
                throw new InvalidParameterException(
                        prefix + name, "is not a chunking option; known: " + String.join(", ", NAMES));
            }
        }
        String chunker = values.getOrDefault(CHUNKER, defaults.chunker());
        if (!STRATEGIES.contains(chunker)) {
            throw new InvalidParameterException(
                    prefix + CHUNKER, "must be one of " + String.join(", ", STRATEGIES) + ", got: '" + chunker + "'");
        }
        for (String name : values.keySet()) {
            if (!name.equals(CHUNKER) && !OPTIONS_OF.get(chunker).contains(name)) {
                throw new InvalidParameterException(prefix + name, "does not apply to chunker=" + chunker);
            }
        }
        int chunkTokens = integer(prefix, CHUNK_TOKENS, defaults.chunkTokens(), 1, modelLimit);
        return switch (chunker) {
            case "fixed" -> {
                // a chunk size without an overlap keeps the default overlap's share of the default size
                int defaultOverlap = (int) ((long) defaults.overlapTokens() * chunkTokens / defaults.chunkTokens());
                defaultOverlap = Math.min(defaultOverlap, chunkTokens - 1);
                yield new ChunkingStrategy.Fixed(
                        chunkTokens, integer(prefix, OVERLAP_TOKENS, defaultOverlap, 0, chunkTokens - 1));
            }
            case "recursive" -> new ChunkingStrategy.Recursive(chunkTokens);
            case "sentence" -> new ChunkingStrategy.Sentence(chunkTokens);
            case "semantic" ->
                new ChunkingStrategy.Semantic(
                        chunkTokens, decimal(prefix, BREAKPOINT_PERCENTILE, defaults.breakpointPercentile(), 1, 99));
            case "sentence-window" ->
                new ChunkingStrategy.SentenceWindow(
                        integer(prefix, WINDOW_SENTENCES, defaults.windowSentences(), 0, MAX_WINDOW_SENTENCES),
                        chunkTokens);
            case "parent-child" -> {
                int defaultParent = Math.max(defaults.parentTokens(), chunkTokens + 1);
                yield new ChunkingStrategy.ParentChild(
                        integer(
                                prefix,
                                PARENT_TOKENS,
                                defaultParent,
                                chunkTokens + 1,
                                ParentChildChunker.MAX_PARENT_TOKENS),
                        chunkTokens);
            }
            default -> throw new IllegalStateException("strategy list and switch disagree on " + chunker);
        };
    }

    private int integer(String prefix, String name, int fallback, int min, int max) {
        String raw = values.get(name);
        int value;
        if (raw == null) {
            value = fallback;
        } else {
            try {
                value = Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(prefix + name, "must be an integer, got: '" + raw + "'");
            }
        }
        if (value < min || value > max) {
            throw new InvalidParameterException(
                    prefix + name, "must be between " + min + " and " + max + ", got: " + value);
        }
        return value;
    }

    private double decimal(String prefix, String name, double fallback, double min, double max) {
        String raw = values.get(name);
        double value;
        if (raw == null) {
            value = fallback;
        } else {
            try {
                value = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(prefix + name, "must be a number, got: '" + raw + "'");
            }
        }
        if (!(value >= min && value <= max)) {
            throw new InvalidParameterException(
                    prefix + name, "must be between " + (int) min + " and " + (int) max + ", got: " + raw);
        }
        return value;
    }
}
