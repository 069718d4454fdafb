package org.jrag.generation.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentWordsTests {

    @Test
    void dropsStopWordsAndStemsWordForms() {
        assertThat(ContentWords.of("The tower was completed; towers complete, completing it."))
                .containsExactly("tower", "complet");
    }

    @Test
    void keepsNumbersWithoutThousandsSeparators() {
        assertThat(ContentWords.numbers("more than 21,000 km, 3.5 m and 1889."))
                .containsExactly("21000", "3.5", "1889");
        assertThat(ContentWords.of("21,000 kilometres")).containsExactly("21000", "kilometr");
    }

    @Test
    void measuresTheShareOfWordsFound() {
        assertThat(ContentWords.overlap(Set.of("a", "b", "c", "d"), Set.of("a", "b", "x")))
                .isEqualTo(0.5);
        assertThat(ContentWords.overlap(Set.of(), Set.of("a"))).isZero();
    }
}
