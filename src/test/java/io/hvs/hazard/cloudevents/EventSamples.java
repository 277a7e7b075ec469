package io.hvs.hazard.cloudevents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;

/**
 * The sample events in the repository's events/ folder, the same files the README's curl examples post, so the
 * documentation and the tests cannot drift apart.
 */
final class EventSamples {

    static final Path EVENTS = Path.of("events");

    /** Training writes the two sample payloads; the CloudEvent samples carry them as their data. */
    static final String NORMAL_PAYLOAD = "test_payload.json";

    static final String HAZARDOUS_PAYLOAD = "test_payload_hazardous.json";

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

    /** The binary-mode body: a byte-for-byte copy of the hazardous sample payload. */
    static byte[] binaryBody() {
        return bytes("ce-binary.body.json");
    }

    /** A fresh, editable copy of the structured-mode sample. */
    static ObjectNode structured() {
        try {
            return (ObjectNode) new ObjectMapper().readTree(bytes("ce-structured.json"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static HttpHeaders contentType(String type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, type);
        return headers;
    }

}
