package io.hvs.hazard.cloudevents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request over a plain socket, for the hop-by-hop headers java.net.http refuses to send
 * (Connection, Upgrade): what Knative's h2c-capable clients and proxies may send. Reads the status line and
 * headers only.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** @return the status code followed by every response header name, lower-cased */
    static List<String> post(int port, String method, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method + " /predict HTTP/1.1\r\nHost: localhost\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            String[] lines = readHead(socket.getInputStream()).split("\r\n");
            List<String> result = new ArrayList<>();
            result.add(lines[0].split(" ")[1]);
            for (int i = 1; i < lines.length; i++) {
                result.add(lines[i].substring(0, lines[i].indexOf(':')).trim().toLowerCase(Locale.ROOT));
            }
            return result;
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = { '\r', '\n', '\r', '\n' };
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed before the end of the response head");
            }
            head.write(b);
            matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).trim();
    }

}
