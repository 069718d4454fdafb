package org.jrag.generation.generative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationMarkersTests {

    @Test
    void readsValidMarkersAndKeepsThemInTheText() {
        var marked = CitationMarkers.parse("The tower is in Paris [1]. It is tall [2].", 3);

        assertThat(marked.cited()).containsExactly(1, 2);
        assertThat(marked.unresolved()).isEmpty();
        assertThat(marked.text()).isEqualTo("The tower is in Paris [1]. It is tall [2].");
        assertThat(marked.plain()).isEqualTo("The tower is in Paris. It is tall.");
    }

    @Test
    void renumbersMarkersToTheOrderOfFirstCitation() {
        var marked = CitationMarkers.parse("Rome [3]. Paris [1]. Rome again [3].", 3);

        assertThat(marked.cited()).containsExactly(3, 1);
        assertThat(marked.text()).isEqualTo("Rome [1]. Paris [2]. Rome again [1].");
    }

    @Test
    void dropsAndReportsMarkersThatNameNoPassage() {
        var marked = CitationMarkers.parse("Paris [4] is big [0]. Rome [2].", 2);

        assertThat(marked.cited()).containsExactly(2);
        assertThat(marked.unresolved()).containsExactly(4, 0);
        assertThat(marked.text()).isEqualTo("Paris is big. Rome [1].");
        assertThat(marked.plain()).isEqualTo("Paris is big. Rome.");
    }

    @Test
    void countsARepeatedPassageOnce() {
        var marked = CitationMarkers.parse("A [2][2]. B [2, 2]. C [2].", 2);

        assertThat(marked.cited()).containsExactly(2);
        assertThat(marked.text()).isEqualTo("A [1][1]. B [1]. C [1].");
    }

    @Test
    void readsAdjacentMarkersOneByOne() {
        var marked = CitationMarkers.parse("Both say so [1][2].", 2);

        assertThat(marked.cited()).containsExactly(1, 2);
        assertThat(marked.text()).isEqualTo("Both say so [1][2].");
        assertThat(marked.plain()).isEqualTo("Both say so.");
    }

    @Test
    void splitsCommaSeparatedGroupsIntoAdjacentMarkers() {
        var marked = CitationMarkers.parse("Both say so [2, 1] and [ 1,3 ].", 3);

        assertThat(marked.cited()).containsExactly(2, 1, 3);
        assertThat(marked.text()).isEqualTo("Both say so [1][2] and [2][3].");
        assertThat(marked.plain()).isEqualTo("Both say so and.");
    }

    @Test
    void keepsTheValidNumbersOfAMixedGroup() {
        var marked = CitationMarkers.parse("So [1, 7].", 2);

        assertThat(marked.cited()).containsExactly(1);
        assertThat(marked.unresolved()).containsExactly(7);
        assertThat(marked.text()).isEqualTo("So [1].");
    }

    @Test
    void leavesTextWithoutMarkersAndOtherBracketsAlone() {
        var marked = CitationMarkers.parse(" Once upon a time [sic] there was a [ fox ]. ", 2);

        assertThat(marked.cited()).isEmpty();
        assertThat(marked.unresolved()).isEmpty();
        assertThat(marked.text()).isEqualTo("Once upon a time [sic] there was a [ fox ].");
        assertThat(marked.plain()).isEqualTo(marked.text());
    }
}
