package org.jrag.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopStringMatcherTests {
    @Test
    void findsAStopStringSpreadOverPiecesAndEmitsOnlyWhatPrecedesIt() {
        StopStringMatcher m = new StopStringMatcher(List.of("\nUser:"));
        StringBuilder out = new StringBuilder();
        for (String piece : new String[] {"Sure", ", here.", "\nUs", "er", ":", " more"}) {
            out.append(m.accept(piece));
        }
        assertThat(out.toString()).isEqualTo("Sure, here.");
        assertThat(m.stopped()).isTrue();
    }

    @Test
    void holdsBackAPossibleStartAndReleasesItWhenItIsNotAStop() {
        StopStringMatcher m = new StopStringMatcher(List.of("</s>"));
        assertThat(m.accept("a <")).isEqualTo("a ");
        assertThat(m.accept("/")).isEmpty();
        assertThat(m.accept("b")).isEqualTo("</b");
        assertThat(m.accept("<")).isEmpty();
        assertThat(m.flush()).isEqualTo("<");
        assertThat(m.stopped()).isFalse();
    }

    @Test
    void cutsAtTheEarliestOfSeveralStops() {
        StopStringMatcher m = new StopStringMatcher(List.of("world", "lo"));
        assertThat(m.accept("hello world")).isEqualTo("hel");
        assertThat(m.accept("more")).isEmpty();
    }

    @Test
    void rejectsAnEmptyStopString() {
        assertThatThrownBy(() -> new StopStringMatcher(List.of("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stop strings must not be empty, got: []");
    }
}
