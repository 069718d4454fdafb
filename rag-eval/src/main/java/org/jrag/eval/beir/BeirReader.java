package org.jrag.eval.beir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a dataset in the BEIR layout (Thakur et al. 2021): {@code corpus.jsonl}, {@code queries.jsonl} and
 * {@code qrels/<split>.tsv} ({@code query-id, corpus-id, score} with a header row). Only queries judged in the split
 * are kept, as BEIR evaluates them; a judgement naming a query or document that does not exist is an error, since it
 * would silently lower every score.
 */
public final class BeirReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BeirReader() {}

    public static BeirDataset read(Path dir, String split) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("BEIR dataset dir must exist, got: " + dir);
        }
        List<BeirDocument> corpus = new ArrayList<>();
        forEachJsonLine(
                dir.resolve("corpus.jsonl"),
                node -> corpus.add(new BeirDocument(text(node, "_id"), text(node, "title"), text(node, "text"))));
        Map<String, Map<String, Integer>> qrels = readQrels(dir.resolve("qrels").resolve(split + ".tsv"));
        Map<String, BeirQuery> queries = new LinkedHashMap<>();
        forEachJsonLine(dir.resolve("queries.jsonl"), node -> {
            String id = text(node, "_id");
            if (qrels.containsKey(id)) {
                queries.put(id, new BeirQuery(id, text(node, "text")));
            }
        });
        var documentIds = new HashMap<String, Boolean>();
        corpus.forEach(document -> {
            if (documentIds.put(document.id(), Boolean.TRUE) != null) {
                throw new IllegalArgumentException("corpus.jsonl has document _id '" + document.id() + "' twice");
            }
        });
        qrels.forEach((queryId, judged) -> {
            if (!queries.containsKey(queryId)) {
                throw new IllegalArgumentException(
                        "qrels/" + split + ".tsv judges query '" + queryId + "', which queries.jsonl lacks");
            }
            judged.keySet().forEach(documentId -> {
                if (!documentIds.containsKey(documentId)) {
                    throw new IllegalArgumentException("qrels/" + split + ".tsv judges document '" + documentId
                            + "' for query '" + queryId + "', which corpus.jsonl lacks");
                }
            });
        });
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        return new BeirDataset(name, split, corpus, List.copyOf(queries.values()), qrels);
    }

    private static Map<String, Map<String, Integer>> readQrels(Path file) {
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || (number == 1 && line.startsWith("query-id"))) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalArgumentException(
                            file + " line " + number + " must have 3 tab-separated fields, got: '" + line + "'");
                }
                int score;
                try {
                    score = Integer.parseInt(fields[2].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            file + " line " + number + " score must be an integer, got: '" + fields[2] + "'");
                }
                qrels.computeIfAbsent(fields[0].trim(), id -> new LinkedHashMap<>())
                        .put(fields[1].trim(), score);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return qrels;
    }

    private static void forEachJsonLine(Path file, java.util.function.Consumer<JsonNode> action) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    action.accept(JSON.readTree(line));
                } catch (JacksonException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
