package org.jrag.gateway.access;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * A limited caller's request as it is passed on: with {@value #COLLECTIONS_HEADER} naming a scoped caller's
 * collections, which the services honour where a response spans collections (the collection list, jobs, searches), or
 * {@value #PRINCIPALS_HEADER} naming who it reads documents as (whatever the client sent under those names); and, when
 * its body was read to check it, the same bytes for whatever reads it next.
 */
final class ScopedRequest extends HttpServletRequestWrapper {

    /** The collections a request may see, comma-separated; a service can only narrow what it shows by it. */
    static final String COLLECTIONS_HEADER = "X-Jrag-Collections";

    /**
     * The principals a request reads documents as (a user's roles and {@code user:<name>}, an API key's configured
     * ones), each URL-encoded in UTF-8, comma-separated; a document whose readers name none of them is not shown.
     */
    static final String PRINCIPALS_HEADER = "X-Jrag-Principals";

    private final byte[] body;
    private final String header;
    private final String value;

    /**
     * @param body the body read to check it, or null when it was not read
     * @param header the header the gateway sets
     */
    private ScopedRequest(HttpServletRequest request, byte[] body, String header, String value) {
        super(request);
        this.body = body;
        this.header = header;
        this.value = value;
    }

    /** The request of a caller limited to {@code collections}, with its body when it was read to check it. */
    static ScopedRequest collections(HttpServletRequest request, byte[] body, Set<String> collections) {
        return new ScopedRequest(
                request,
                body,
                COLLECTIONS_HEADER,
                String.join(",", collections.stream().sorted().toList()));
    }

    /** The request of a caller that reads documents as {@code principals}. */
    static ScopedRequest principals(HttpServletRequest request, Set<String> principals) {
        return new ScopedRequest(
                request,
                null,
                PRINCIPALS_HEADER,
                String.join(
                        ",",
                        principals.stream()
                                .sorted()
                                .map(p -> URLEncoder.encode(p, StandardCharsets.UTF_8))
                                .toList()));
    }

    @Override
    public String getHeader(String name) {
        return header.equalsIgnoreCase(name) ? value : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return header.equalsIgnoreCase(name) ? Collections.enumeration(List.of(value)) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        var names = new ArrayList<String>();
        for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
            String name = e.nextElement();
            if (!header.equalsIgnoreCase(name)) {
                names.add(name);
            }
        }
        names.add(header);
        return Collections.enumeration(names);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            return super.getInputStream();
        }
        var bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the cached body is read synchronously");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (body == null) {
            return super.getReader();
        }
        String charset = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(
                getInputStream(), charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
    }

    @Override
    public int getContentLength() {
        return body == null ? super.getContentLength() : body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body == null ? super.getContentLengthLong() : body.length;
    }
}
