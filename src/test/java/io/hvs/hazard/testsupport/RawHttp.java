package io.hvs.hazard.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * An HTTP/1.1 client on a plain socket, for requests that java.net.http cannot express: invalid UTF-8 and raw
 * bytes, a 1 MB header, duplicate or missing headers, malformed request lines, bodies the server stops reading.
 * One request per connection ({@code Connection: close}); the body is written on another thread while the
 * answer is read, so a server that answers early (413) and closes is still heard. Not thread-safe per request;
 * every call opens its own socket.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /**
     * A request as sent on the wire.
     * @param head the request line and headers exactly as written (CRLF-separated, no final blank line)
     * @param body the body, produced lazily (it may be large); {@code null} for none
     * @param chunked write the body with chunked transfer encoding (the head must say so)
     */
    public record Request(String head, Supplier<InputStream> body, boolean chunked) {
    }

    /** The status, the headers (lower-case names, last value wins) and the body as UTF-8 text. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return this.headers.get(name.toLowerCase(Locale.ROOT));
        }

    }

    public static Response send(int port, Request request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(out, request));
            byte[] raw = socket.getInputStream().readAllBytes();
            writing.cancel(true);
            return parse(raw);
        }
    }

    private static void write(OutputStream out, Request request) {
        try {
            out.write((request.head() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (request.body() != null) {
                try (InputStream body = request.body().get()) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                        if (request.chunked()) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(buffer, 0, n);
                        if (request.chunked()) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                }
                if (request.chunked()) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            out.flush();
        }
        catch (IOException ex) {
            // The server answered and closed before reading everything (e.g. 413): the answer is what counts.
        }
    }

    static Response parse(byte[] raw) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            throw new IOException("No HTTP response head in " + raw.length + " bytes");
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < chunked.length) {
            int lineEnd = indexOf(chunked, pos, "\r\n".getBytes(StandardCharsets.US_ASCII));
            String size = new String(chunked, pos, lineEnd - pos, StandardCharsets.US_ASCII).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            pos = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, 0, pattern);
    }

    private static int indexOf(byte[] data, int from, byte[] pattern) {
        outer: for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Builds the head of a request: the request line, Host, Connection: close and the given header lines. */
    public static String head(String method, String path, List<String> headerLines) {
        List<String> lines = new ArrayList<>();
        lines.add(method + " " + path + " HTTP/1.1");
        lines.add("Host: localhost");
        lines.add("Connection: close");
        lines.addAll(headerLines);
        return String.join("\r\n", lines);
    }

}
