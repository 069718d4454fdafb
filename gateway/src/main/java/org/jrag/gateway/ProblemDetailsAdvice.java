package org.jrag.gateway;

import jakarta.servlet.http.HttpServletRequest;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the gateway's own failures into RFC 9457 problem details: a path no route serves (404), and a
 * downstream service that cannot be reached (502) or does not answer in time (504), naming the service.
 * Downstream responses, problem details included, pass through untouched.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "https://jrag.dev/problems/";

    /**
     * The webmvc proxy calls downstream through a {@code RestClient} (I/O errors arrive as {@link
     * ResourceAccessException}); its request-factory variant wraps them in {@link UncheckedIOException}.
     */
    @ExceptionHandler({ResourceAccessException.class, UncheckedIOException.class})
    ProblemDetail downstreamUnreachable(RuntimeException ex, HttpServletRequest request) {
        Object route = request.getAttribute(MvcUtils.GATEWAY_ROUTE_ID_ATTR);
        String service = route == null ? "downstream service" : route + " service";
        String base = baseOf(request.getAttribute(MvcUtils.GATEWAY_REQUEST_URL_ATTR));
        String call = request.getMethod() + " " + request.getRequestURI();
        Throwable timeout = find(ex, SocketTimeoutException.class, HttpTimeoutException.class);
        if (timeout != null) {
            log.warn("{} -> {} timed out: {}", call, base, timeout.toString());
            return problem(
                    HttpStatus.GATEWAY_TIMEOUT,
                    "downstream-timeout",
                    "Downstream service timed out",
                    "The %s at %s did not answer %s in time".formatted(service, base, call));
        }
        Throwable connect = find(ex, ConnectException.class);
        Throwable cause = connect != null ? connect : rootCause(ex);
        String reason = cause.getMessage() != null
                ? cause.getMessage()
                : connect != null ? "connection refused" : cause.getClass().getSimpleName();
        log.warn("{} -> {} failed: {}", call, base, reason);
        return problem(
                HttpStatus.BAD_GATEWAY,
                "downstream-unavailable",
                "Downstream service unavailable",
                "The %s at %s could not be reached for %s: %s".formatted(service, base, call, reason));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return noRoute(ex, ex.getHttpMethod().name(), "/" + ex.getResourcePath(), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return noRoute(ex, ex.getHttpMethod(), ex.getRequestURL(), headers, request);
    }

    private ResponseEntity<Object> noRoute(
            Exception ex, String method, String path, HttpHeaders headers, WebRequest request) {
        ProblemDetail body = problem(
                HttpStatus.NOT_FOUND, "route-not-found", "No route", "No route matches %s %s".formatted(method, path));
        return handleExceptionInternal(ex, body, headers, HttpStatus.NOT_FOUND, request);
    }

    private static String baseOf(Object target) {
        if (target instanceof URI uri && uri.getHost() != null) {
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        }
        return "address unknown";
    }

    @SafeVarargs
    private static Throwable find(Throwable ex, Class<? extends Throwable>... types) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(cause)) {
                    return cause;
                }
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}
