package io.hvs.hazard.function;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body stream fails with {@link RequestBodyTooLargeException} as soon as more than the limit
 * has been read, so a chunked body without Content-Length cannot make the service buffer it all.
 */
final class SizeLimitedRequest extends HttpServletRequestWrapper {

    private final long maxBytes;

    private ServletInputStream stream;

    SizeLimitedRequest(HttpServletRequest request, long maxBytes) {
        super(request);
        this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (this.stream == null) {
            this.stream = new CountingStream(super.getInputStream(), this.maxBytes);
        }
        return this.stream;
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;

        private final long maxBytes;

        private long count;

        CountingStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = this.delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = this.delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            this.count += n;
            if (this.count > this.maxBytes) {
                throw new RequestBodyTooLargeException(this.maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return this.delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return this.delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            this.delegate.setReadListener(listener);
        }

    }

}
