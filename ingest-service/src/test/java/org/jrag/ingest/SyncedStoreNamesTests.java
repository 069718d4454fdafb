package org.jrag.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncedStoreNamesTests {

    @Test
    void refusesANameTwoKindsOfStoreShareAndLetsDistinctNamesPass() {
        assertThatThrownBy(() -> SyncedStoreNames.check(Map.of(
                        "rag.ingest.folder-sync.folders", List.of("handbook", "support"),
                        "rag.ingest.mailbox-sync.mailboxes", List.of("support"),
                        "rag.ingest.drive-sync.drives", List.of())))
                .hasMessage("rag.ingest.folder-sync.folders and rag.ingest.mailbox-sync.mailboxes both name 'support':"
                        + " the stores' documents would have the same sources (support/...)");
        assertThatCode(() -> SyncedStoreNames.check(Map.of(
                        "rag.ingest.folder-sync.folders", List.of("handbook"),
                        "rag.ingest.bucket-sync.buckets", List.of("archive"))))
                .doesNotThrowAnyException();
    }
}
