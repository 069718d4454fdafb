package org.jrag.eval.beir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirReaderTests {

    @TempDir
    Path dir;

    @Test
    void readsCorpusJudgedQueriesAndGradedQrels() throws IOException {
        // given a tiny BEIR dataset
        write("corpus.jsonl", """
                {"_id": "d1", "title": "Sourdough", "text": "Feed the starter."}
                {"_id": "d2", "text": "No title here.", "metadata": {}}

                {"_id": "d3", "title": "Jupiter", "text": "The largest planet."}
                """);
        write("queries.jsonl", """
                {"_id": "q1", "text": "how to bake bread", "metadata": {}}
                {"_id": "q2", "text": "unjudged in this split"}
                {"_id": "q3", "text": "biggest planet"}
                """);
        write("qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t2\nq1\td2\t0\nq3\td3\t1\n");

        // when
        BeirDataset dataset = BeirReader.read(dir, "test");

        // then
        assertThat(dataset.name()).isEqualTo(dir.getFileName().toString());
        assertThat(dataset.split()).isEqualTo("test");
        assertThat(dataset.corpus())
                .containsExactly(
                        new BeirDocument("d1", "Sourdough", "Feed the starter."),
                        new BeirDocument("d2", "", "No title here."),
                        new BeirDocument("d3", "Jupiter", "The largest planet."));
        assertThat(dataset.queries())
                .containsExactly(new BeirQuery("q1", "how to bake bread"), new BeirQuery("q3", "biggest planet"));
        assertThat(dataset.qrels()).isEqualTo(Map.of("q1", Map.of("d1", 2, "d2", 0), "q3", Map.of("d3", 1)));

        // and a subset keeps only the judgements and queries its documents can answer
        BeirDataset firstTwo = dataset.firstDocuments(2);
        assertThat(firstTwo.corpus()).extracting(BeirDocument::id).containsExactly("d1", "d2");
        assertThat(firstTwo.queries()).extracting(BeirQuery::id).containsExactly("q1");
        assertThat(firstTwo.qrels()).isEqualTo(Map.of("q1", Map.of("d1", 2, "d2", 0)));
    }

    @Test
    void rejectsJudgementsOfUnknownDocuments() throws IOException {
        write("corpus.jsonl", "{\"_id\": \"d1\", \"title\": \"\", \"text\": \"x\"}\n");
        write("queries.jsonl", "{\"_id\": \"q1\", \"text\": \"x\"}\n");
        write("qrels/train.tsv", "query-id\tcorpus-id\tscore\nq1\td9\t1\n");

        assertThatThrownBy(() -> BeirReader.read(dir, "train"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("qrels/train.tsv judges document 'd9' for query 'q1', which corpus.jsonl lacks");
    }

    @Test
    void rejectsMalformedQrelsLines() throws IOException {
        write("corpus.jsonl", "{\"_id\": \"d1\", \"text\": \"x\"}\n");
        write("queries.jsonl", "{\"_id\": \"q1\", \"text\": \"x\"}\n");
        write("qrels/test.tsv", "query-id\tcorpus-id\tscore\nq1 d1 1\n");

        assertThatThrownBy(() -> BeirReader.read(dir, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dir.resolve("qrels/test.tsv") + " line 2 must have 3 tab-separated fields, got: 'q1 d1 1'");
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
