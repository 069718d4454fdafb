package org.jrag.eval.run;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HnswPlanCheckTests {

    @Test
    void acceptsAPlanThatScansTheHnswIndex() {
        var plan = List.of(
                "Limit  (cost=4.96..48.52 rows=10 width=16)",
                "  ->  Nested Loop  (cost=4.96..41669.87 rows=9564 width=16)",
                "        ->  Index Scan using chunk_embedding_hnsw on chunk c  (cost=4.68..38770.12 rows=9564 width=24)");

        assertThatCode(() -> HnswPlanCheck.requireIndexScan(plan, 100)).doesNotThrowAnyException();
    }

    @Test
    void rejectsASortOverABitmapScanNamingTheFix() {
        var plan = List.of(
                "Limit  (cost=1342.98..1343.01 rows=10 width=24)",
                "  ->  Sort  (cost=1342.98..1343.03 rows=304 width=24)",
                "        ->  Bitmap Heap Scan on chunk c  (cost=9.93..1320.12 rows=304 width=24)",
                "              ->  Bitmap Index Scan on chunk_collection_idx  (cost=0.00..9.85 rows=304 width=0)");

        assertThatThrownBy(() -> HnswPlanCheck.requireIndexScan(plan, null))
                .isInstanceOf(HnswPlanCheck.NoHnswIndexException.class)
                .hasMessageStartingWith("the planner did not use the HNSW index chunk_embedding_hnsw for dense search"
                        + " (efSearch config)")
                .hasMessageContaining("run ANALYZE chunk; ANALYZE document;")
                .hasMessageContaining("Bitmap Index Scan on chunk_collection_idx");
    }

    @Test
    void theIndexNamedOnlyInAFilterIsNoIndexScan() {
        var plan = List.of("Limit", "  ->  Seq Scan on chunk c", "        Filter: (note = 'chunk_embedding_hnsw')");

        assertThatThrownBy(() -> HnswPlanCheck.requireIndexScan(plan, 40))
                .isInstanceOf(HnswPlanCheck.NoHnswIndexException.class)
                .hasMessageContaining("(efSearch 40)");
    }
}
