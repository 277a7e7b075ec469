package io.hvs.hazard.function;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import io.hvs.hazard.api.FieldError;
import io.hvs.hazard.api.InvalidRequestException;

/**
 * A request whose body stream fails with {@link RequestBodyTooLargeException} as soon as more than the limit
 * has been read, so a chunked body without Content-Length cannot make the service buffer it all, and with an
 * {@link InvalidRequestException} (malformed JSON) at the first byte that is not UTF-8 ({@link Utf8Validator}).
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

        private final Utf8Validator utf8 = new Utf8Validator();

        CountingStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = this.delegate.read();
            if (b >= 0) {
                count(1);
                check(b);
            }
            else {
                checkEnd();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = this.delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
                if (!this.utf8.accept(buffer, offset, offset + n)) {
                    throw notUtf8();
                }
            }
            else if (n < 0) {
                checkEnd();
            }
            return n;
        }

        private void count(int n) {
            this.count += n;
            if (this.count > this.maxBytes) {
                throw new RequestBodyTooLargeException(this.maxBytes);
            }
        }

        private void check(int b) {
            if (!this.utf8.accept(b)) {
                throw notUtf8();
            }
        }

        private void checkEnd() {
            if (!this.utf8.complete()) {
                throw notUtf8();
            }
        }

        private InvalidRequestException notUtf8() {
            return InvalidRequestException.of(InvalidRequestException.Kind.MALFORMED_JSON, new FieldError("", null,
                    null, "is not valid JSON: not UTF-8 (byte " + this.count + " of the body)"));
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
