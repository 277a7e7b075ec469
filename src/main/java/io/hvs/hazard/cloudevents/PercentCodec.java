package io.hvs.hazard.cloudevents;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The percent-encoding of ce- header values that the CloudEvents HTTP binding requires (spec section 3.1.3.2) and
 * the SDK's HTTP reader and writer leave out. Decoding first undoes an RFC 7230 quoted string, then does exactly
 * one round of percent-decoding and rejects invalid escapes and byte sequences that are not UTF-8 (a MUST in the
 * spec). {@code java.net.URLDecoder} does not fit: it turns '+' into a space and replaces bad UTF-8 silently.
 * Stateless and thread-safe.
 */
final class PercentCodec {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCodec() {
    }

    /**
     * Decodes one header value.
     * @throws IllegalArgumentException with a client-safe reason when the value is not validly encoded
     */
    static String decode(String value) {
        String text = unquote(value);
        if (text.indexOf('%') < 0 && isAscii(text)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
                    throw new IllegalArgumentException("invalid percent-encoding at character " + i);
                }
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            }
            else if (c <= 0xFF) {
                // Servlet containers hand header bytes over as ISO-8859-1 chars: this restores the raw bytes,
                // so unencoded UTF-8 is still checked below instead of being decoded twice.
                bytes.write(c);
            }
            else {
                throw new IllegalArgumentException("character outside ISO-8859-1 at " + i);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString();
        }
        catch (CharacterCodingException ex) {
            throw new IllegalArgumentException("percent-decoded value is not valid UTF-8");
        }
    }

    /** Encodes one attribute value: space, '"', '%' and everything outside printable ASCII become %XX of UTF-8. */
    static String encode(String value) {
        StringBuilder out = null;
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean plain = b >= 0x21 && b <= 0x7E && b != '"' && b != '%';
            if (!plain && out == null) {
                out = new StringBuilder(bytes.length + 16).append(new String(bytes, 0, i, StandardCharsets.US_ASCII));
            }
            if (out != null) {
                if (plain) {
                    out.append((char) b);
                }
                else {
                    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
                }
            }
        }
        return (out != null) ? out.toString() : value;
    }

    private static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() - 1) {
                c = value.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

}
