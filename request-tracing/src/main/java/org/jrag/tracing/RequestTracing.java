package org.jrag.tracing;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id that ties one user request's log lines together across the gateway and every service. */
public final class RequestTracing {

    /** The HTTP header that carries the id between services and back to the client. */
    public static final String HEADER = "X-Request-Id";

    /** The MDC key under which the id appears in every log line. */
    public static final String MDC_KEY = "requestId";

    // A caller-given id is kept only when it is short and harmless in headers and logs.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestTracing() {}

    /** The caller's id when it is acceptable, else a new random one. */
    public static String acceptOrCreate(String given) {
        return given != null && ACCEPTED.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }
}
