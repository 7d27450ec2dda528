package org.entente.server.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** The request with its body read: the stream, and for a form its parameters, come from the buffer. */
final class BufferedRequest extends HttpServletRequestWrapper {
    private final RequestBody body;
    private final Map<String, String[]> parameters;
    private final String charset;
    private ServletInputStream stream;
    private BufferedReader reader;

    /**
     * @param contentType the Content-Type header, in lower case, or ""
     * @throws IllegalArgumentException with a one-line message if the form cannot be decoded
     */
    BufferedRequest(HttpServletRequest req, RequestBody body, String contentType) throws IOException {
        super(req);
        this.body = body;
        this.charset = ContentTypeHeader.charset(contentType);
        Charset cs = FormParameters.charset(charset);
        this.parameters = contentType.startsWith("application/x-www-form-urlencoded")
                ? FormParameters.decode(req.getQueryString(), body.bytes(), cs) : null;
    }

    @Override
    public String getCharacterEncoding() {
        return charset;
    }

    @Override
    public String getContentType() {
        return super.getHeader("Content-Type");
    }

    /** The same stream every time (as the servlet API has it): Fuseki asks again to drain it after an error. */
    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (reader != null) {
            throw new IllegalStateException("getReader() has already been called");
        }
        if (stream == null) {
            stream = open();
        }
        return stream;
    }

    private ServletInputStream open() throws IOException {
        InputStream in = body.open();
        return new ServletInputStream() {
            private boolean finished;

            @Override
            public int read() throws IOException {
                int b = in.read();
                finished = b < 0;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                finished = n < 0;
                return n;
            }

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body is already read; no asynchronous reading");
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            if (stream != null) {
                throw new IllegalStateException("getInputStream() has already been called");
            }
            reader = new BufferedReader(new InputStreamReader(open(), FormParameters.charset(charset)));
        }
        return reader;
    }

    @Override
    public String getParameter(String name) {
        if (parameters == null) {
            return super.getParameter(name);
        }
        String[] v = parameters.get(name);
        return v == null ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters == null ? super.getParameterMap() : parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        if (parameters == null) {
            return super.getParameterValues(name);
        }
        String[] v = parameters.get(name);
        return v == null ? null : v.clone();
    }
}
