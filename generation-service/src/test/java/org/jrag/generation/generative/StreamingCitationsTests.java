package org.jrag.generation.generative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StreamingCitationsTests {

    private static final List<String> ANSWERS = List.of(
            "The tower is in Paris [1]. It is tall [2].",
            "Rome [3]. Paris [1]. Rome again [3].",
            "Paris [4] is big [0]. Rome [2].",
            "  [9] Leading marker, then text [1, 3] and [2][2] and [ 3 ,1 ].\n\nNew paragraph [7][1] end [12",
            "Brackets that are no marker [a], [1.5], [] and [1234567] stay [2 ",
            "[1][2][3] [8] [9]   ",
            "");

    @Test
    void piecesSentAddUpToTheWholeAnswersTextHoweverTheModelSplitsIt() {
        var random = new Random(42);
        for (String answer : ANSWERS) {
            String whole = CitationMarkers.parse(answer, 3).text();
            for (int trial = 0; trial < 200; trial++) {
                var citations = new StreamingCitations(3);
                var sent = new StringBuilder();
                for (String piece : split(answer, random)) {
                    String released = citations.accept(piece);
                    sent.append(released);
                    // nothing sent is taken back: what went out is a prefix of the final text
                    assertThat(whole).startsWith(sent.toString());
                }
                sent.append(citations.finish());

                assertThat(sent.toString()).as(answer).isEqualTo(whole);
                assertThat(citations.marked()).isEqualTo(CitationMarkers.parse(answer, 3));
                assertThat(citations.generated()).isEqualTo(answer);
            }
        }
    }

    @Test
    void holdsAnOpenMarkerAndTrailingBlanksUntilTheyAreSettled() {
        var citations = new StreamingCitations(2);

        assertThat(citations.accept("Cats sleep [")).isEqualTo("Cats sleep");
        assertThat(citations.accept("2")).isEmpty();
        assertThat(citations.accept("]. Dogs ")).isEqualTo(" [1]. Dogs");
        assertThat(citations.accept("run [5]")).isEqualTo(" run");
        assertThat(citations.accept(" far [1")).isEqualTo(" far");
        assertThat(citations.accept("]")).isEqualTo(" [2]");
        assertThat(citations.accept(" [3")).isEmpty();
        // at the end an open bracket is text
        assertThat(citations.finish()).isEqualTo(" [3");
        assertThat(citations.marked().unresolved()).containsExactly(5);
    }

    @Test
    void releasesABracketAsTextOnceItCannotBeAMarker() {
        var citations = new StreamingCitations(2);

        assertThat(citations.accept("see [1")).isEqualTo("see");
        assertThat(citations.accept("a")).isEqualTo(" [1a");
    }

    /** {@code text} cut at random places into pieces of 0 to 6 characters, as tokens come. */
    private static List<String> split(String text, Random random) {
        var pieces = new ArrayList<String>();
        int at = 0;
        while (at < text.length()) {
            int end = Math.min(text.length(), at + random.nextInt(7));
            pieces.add(text.substring(at, end));
            at = end;
        }
        return pieces;
    }
}
