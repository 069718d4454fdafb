package org.jrag.retrieval.dense;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DensePlanTests {

    @Test
    void findsTheHnswIndexScan() {
        var plan = DensePlan.of(List.of(
                "Limit  (cost=...)",
                "  ->  Nested Loop  (cost=...)",
                "        ->  Index Scan using chunk_embedding_hnsw on chunk c  (cost=...)"));

        assertThat(plan.hnswIndex()).isTrue();
        assertThat(plan.plan()).hasSize(3);
    }

    @Test
    void aSortOverABitmapScanIsNoHnswPlan() {
        var plan = DensePlan.of(List.of(
                "Limit  (cost=...)",
                "  ->  Sort  (cost=...)",
                "        ->  Bitmap Heap Scan on chunk c  (cost=...)",
                "              ->  Bitmap Index Scan on chunk_collection_idx  (cost=...)"));

        assertThat(plan.hnswIndex()).isFalse();
    }
}
