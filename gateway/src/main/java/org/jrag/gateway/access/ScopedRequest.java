package org.jrag.gateway.access;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * A scoped key's request as it is passed on: with {@value #COLLECTIONS_HEADER} naming the key's collections (whatever
 * the client sent under that name), which ingest-service honours where a response spans collections (the collection
 * list, jobs); and, when its body was read to check it, the same bytes for whatever reads it next.
 */
final class ScopedRequest extends HttpServletRequestWrapper {

    /** The collections a request may see, comma-separated; a service can only narrow what it shows by it. */
    static final String COLLECTIONS_HEADER = "X-Jrag-Collections";

    private final byte[] body;
    private final String collections;

    /**
     * @param body the body read to check it, or null when it was not read
     * @param collections the key's collections
     */
    ScopedRequest(HttpServletRequest request, byte[] body, Set<String> collections) {
        super(request);
        this.body = body;
        this.collections = String.join(",", collections.stream().sorted().toList());
    }

    @Override
    public String getHeader(String name) {
        return COLLECTIONS_HEADER.equalsIgnoreCase(name) ? collections : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return COLLECTIONS_HEADER.equalsIgnoreCase(name)
                ? Collections.enumeration(List.of(collections))
                : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        var names = new ArrayList<String>();
        for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
            String name = e.nextElement();
            if (!COLLECTIONS_HEADER.equalsIgnoreCase(name)) {
                names.add(name);
            }
        }
        names.add(COLLECTIONS_HEADER);
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
