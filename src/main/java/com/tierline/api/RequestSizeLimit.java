package com.tierline.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies over {@link #MAX_BYTES}: by the declared length at once, and for chunked bodies as soon as
 * the limit is passed while reading (the error handler turns that into 413). Multipart uploads of documents have
 * a limit of their own, the servlet's multipart request limit, which the container enforces for chunked bodies.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 256 * 1024;

    private final long maxBytes;
    private final long maxMultipartBytes;
    private final ObjectMapper json;

    RequestSizeLimit(long maxBytes, ObjectMapper json) {
        this(maxBytes, maxBytes, json);
    }

    RequestSizeLimit(long maxBytes, long maxMultipartBytes, ObjectMapper json) {
        this.maxBytes = maxBytes;
        this.maxMultipartBytes = maxMultipartBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            if (request.getContentLengthLong() > maxMultipartBytes) {
                ApiSecurityConfiguration.write(json, response, HttpStatus.PAYLOAD_TOO_LARGE,
                        tooLarge(maxMultipartBytes), request.getRequestURI());
                return;
            }
            // The container reads multipart bodies itself, past any wrapper; its own limit counts chunked ones.
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            ApiSecurityConfiguration.write(json, response, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(maxBytes),
                    request.getRequestURI());
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    static String tooLarge(long maxBytes) {
        return maxBytes >= 1024 * 1024 ? "The request body is larger than the limit of " + (maxBytes / (1024 * 1024))
                + " MB." : "The request body is larger than the limit of " + (maxBytes / 1024) + " KB.";
    }

    /** Thrown while reading a body past the limit. */
    static class BodyTooLargeException extends IOException {
        BodyTooLargeException(long maxBytes) {
            super(tooLarge(maxBytes));
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > maxBytes) {
                            throw new BodyTooLargeException(maxBytes);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
