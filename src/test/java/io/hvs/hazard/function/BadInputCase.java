package io.hvs.hazard.function;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.hvs.hazard.testsupport.RawHttp;

/**
 * One row of the bad-input matrix ({@link BadInputTable}): what is sent, in which mode, and what the answer must
 * be. The same row is a test case and a line of the README's "Bad input" table.
 *
 * @param name the case, in words
 * @param mode how the request is sent
 * @param status the documented 4xx
 * @param type the problem's {@code type}
 * @param names what the body must name: a value of an {@code errors} entry (pointer, field or header), or else
 * words of the {@code detail}
 * @param request the request on the wire
 */
record BadInputCase(String name, Mode mode, int status, String type, String names, RawHttp.Request request) {

    static final String PROBLEM = "urn:hvs:problem:";

    /** How a case is sent. */
    enum Mode {

        PLAIN("plain JSON"), BINARY("CE binary"), STRUCTURED("CE structured"), BATCH("CE batch");

        final String label;

        Mode(String label) {
            this.label = label;
        }

    }

    @Override
    public String toString() {
        return this.mode.label + ": " + this.name;
    }

    /** The README line of this case. */
    String markdownRow() {
        return "| " + this.name + " | " + this.mode.label + " | " + this.status + " | `" + this.type + "` | `"
                + this.names + "` |";
    }

    /** A request to {@code path} with the given header lines and body bytes (Content-Length set when non-null). */
    static RawHttp.Request request(String method, String path, List<String> headers, byte[] body) {
        List<String> lines = new ArrayList<>(headers);
        if (body != null) {
            lines.add("Content-Length: " + body.length);
        }
        Supplier<InputStream> stream = (body != null) ? () -> new ByteArrayInputStream(body) : null;
        return new RawHttp.Request(RawHttp.head(method, path, lines), stream, false);
    }

    /** A chunked request (no Content-Length) whose body is produced on the fly. */
    static RawHttp.Request chunked(String path, List<String> headers, Supplier<InputStream> body) {
        List<String> lines = new ArrayList<>(headers);
        lines.add("Transfer-Encoding: chunked");
        return new RawHttp.Request(RawHttp.head("POST", path, lines), body, true);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
