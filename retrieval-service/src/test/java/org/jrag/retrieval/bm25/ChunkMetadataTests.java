package org.jrag.retrieval.bm25;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChunkMetadataTests {

    @Test
    void readsTagsFromAnArrayOrASingleString() {
        assertThat(ChunkMetadata.tags("[\"a\", \"b\", 3]")).containsExactly("a", "b");
        assertThat(ChunkMetadata.tags("\"solo\"")).containsExactly("solo");
        assertThat(ChunkMetadata.tags(null)).isEmpty();
        assertThat(ChunkMetadata.tags("{\"x\":1}")).isEmpty();
    }

    @Test
    void readsTheDateOfAnIsoDateOrDateTimeAndIgnoresMalformedValues() {
        assertThat(ChunkMetadata.publishedAt("2024-03-01")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(ChunkMetadata.publishedAt("2024-03-01T10:15:00Z")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(ChunkMetadata.publishedAt("2024-13-01")).isNull();
        assertThat(ChunkMetadata.publishedAt("March 2024")).isNull();
        assertThat(ChunkMetadata.publishedAt(null)).isNull();
    }
}
