package org.jrag.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.tracing.exporter.FinishedSpan;
import io.micrometer.tracing.exporter.SpanExportingPredicate;
import org.junit.jupiter.api.Test;

class RequestTracingAutoConfigurationTests {

    private final SpanExportingPredicate exported = new RequestTracingAutoConfiguration().scheduledTasksNotExported();

    @Test
    void exportsRequestsButNotTheTracesScheduledPollsStart() {
        assertThat(exported.isExportable(span("http post /v1/search", null))).isTrue();
        assertThat(exported.isExportable(span("search bm25", "9880b744e8fb0a55")))
                .isTrue();
        assertThat(exported.isExportable(span("task changeLogIndexer.poll", null)))
                .isFalse();
        // a task a request runs stays in the request's trace
        assertThat(exported.isExportable(span("task reindex", "9880b744e8fb0a55")))
                .isTrue();
    }

    private static FinishedSpan span(String name, String parentId) {
        FinishedSpan span = mock(FinishedSpan.class);
        when(span.getName()).thenReturn(name);
        when(span.getParentId()).thenReturn(parentId);
        return span;
    }
}
