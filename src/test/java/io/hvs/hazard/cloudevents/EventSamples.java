package io.hvs.hazard.cloudevents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.http.HttpHeaders;

/**
 * The sample events in the repository's events/ folder, the same files the README's curl examples post, so the
 * documentation and the tests cannot drift apart.
 */
final class EventSamples {

    static final Path EVENTS = Path.of("events");

    private EventSamples() {
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(EVENTS.resolve(name));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The binary-mode headers file, in curl's {@code -H @file} format ("Name: value" per line). */
    static HttpHeaders binaryHeaders() {
        HttpHeaders headers = new HttpHeaders();
        try {
            for (String line : Files.readAllLines(EVENTS.resolve("ce-binary.headers"))) {
                if (!line.isBlank()) {
                    int colon = line.indexOf(':');
                    headers.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return headers;
    }

    static byte[] binaryBody() {
        return bytes("ce-binary.body.json");
    }

    static HttpHeaders contentType(String type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, type);
        return headers;
    }

}
