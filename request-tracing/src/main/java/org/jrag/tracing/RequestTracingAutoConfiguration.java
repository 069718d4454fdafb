package org.jrag.tracing;

import io.micrometer.tracing.exporter.SpanExportingPredicate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Installs the {@link RequestIdFilter} in every servlet application of the platform, just inside Spring's HTTP server
 * observation (which joins the caller's W3C trace context or starts a trace), so that the request's access-log line
 * carries its trace and span ids beside its request id; and keeps the scheduled polls out of the exported traces.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RequestTracingAutoConfiguration {

    /** Spring Boot's {@code ServerHttpObservationFilter} runs at {@code HIGHEST_PRECEDENCE + 1}. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Scheduled work that starts a trace of its own (the BM25 index polling the change log ten times a second, job
     * purges) is not exported: a trace per poll would bury the requests' traces. Its timers stay in the metrics.
     */
    @Bean
    SpanExportingPredicate scheduledTasksNotExported() {
        return span -> span.getParentId() != null || !span.getName().startsWith("task ");
    }
}
