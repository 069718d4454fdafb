package org.jrag.ingest.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jrag.ingest.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;

class KeysetTests {

    @Test
    void aFullPageFetchedWithItsLookAheadRowNamesTheNextCursor() {
        // given
        Keyset page = Keyset.of(2, "10");

        // when
        List<Long> fetched = List.of(11L, 14L, 15L);

        // then
        assertThat(page.after()).isEqualTo(10);
        assertThat(page.fetchSize()).isEqualTo(3);
        assertThat(page.page(fetched)).containsExactly(11L, 14L);
        assertThat(page.next(fetched, Long::longValue)).isEqualTo("14");
    }

    @Test
    void theLastPageHasNoNextCursorAndDefaultsApply() {
        Keyset page = Keyset.of(null, null);

        assertThat(page.limit()).isEqualTo(Keyset.DEFAULT_LIMIT);
        assertThat(page.after()).isZero();
        assertThat(page.page(List.of(1L, 2L))).containsExactly(1L, 2L);
        assertThat(page.next(List.of(1L, 2L), Long::longValue)).isNull();
    }

    @Test
    void rejectsALimitOutsideItsRangeAndACursorThatIsNoId() {
        assertThatThrownBy(() -> Keyset.of(0, null))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("limit must be between 1 and 500, got: 0");
        assertThatThrownBy(() -> Keyset.of(501, null))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("limit must be between 1 and 500, got: 501");
        assertThatThrownBy(() -> Keyset.of(5, "x1"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("cursor must be a cursor from a previous page, got: 'x1'");
        assertThatThrownBy(() -> Keyset.of(5, "-3"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("cursor must be a cursor from a previous page, got: -3");
    }
}
