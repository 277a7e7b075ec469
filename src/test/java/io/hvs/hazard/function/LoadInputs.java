package io.hvs.hazard.function;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvs.hazard.function.BadInputCase.Mode;
import io.hvs.hazard.testsupport.TestFixtures;

/** The inputs of {@link ConcurrentLoadIntegrationTests}: valid requests in every mode, and cheap invalid ones. */
final class LoadInputs {

    private LoadInputs() {
    }

    /** A valid request: sent with java.net.http over keep-alive connections. */
    record Valid(String name, Mode mode, String path, Map<String, String> headers, byte[] body) {
    }

    static List<Valid> valid() {
        List<Valid> inputs = new ArrayList<>();
        for (int shift = 0; shift <= 60; shift += 6) {
            Map<String, Object> reading = TestFixtures.readingJson("Rack_M" + shift,
                    TestFixtures.readingWithTemperatureShift(shift));
            String wrapped = BadBodies.wrapped(reading);
            inputs.add(new Valid("plain shift " + shift, Mode.PLAIN, (shift % 12 == 0) ? "/predict" : "/",
                    Map.of("Content-Type", "application/json"), utf8(wrapped)));
            inputs.add(new Valid("binary shift " + shift, Mode.BINARY, "/predict", binaryHeaders(shift),
                    utf8(wrapped)));
            inputs.add(new Valid("structured shift " + shift, Mode.STRUCTURED, "/predict",
                    Map.of("Content-Type", "application/cloudevents+json"),
                    utf8(TestFixtures.toJson(BadBodies.event(Map.of("readings", List.of(reading)))))));
        }
        List<Object> readings = new ArrayList<>();
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> reading = TestFixtures.readingJson("Batch_M" + i,
                    (i % 2 == 0) ? TestFixtures.hazardousReading() : TestFixtures.readingWithTemperatureShift(i * 7));
            readings.add(reading);
            Map<String, Object> event = BadBodies.event(Map.of("readings", List.of(reading)));
            event.put("id", "load-" + i);
            events.add(event);
        }
        inputs.add(new Valid("plain five readings", Mode.PLAIN, "/predict", Map.of("Content-Type", "application/json"),
                utf8(TestFixtures.toJson(Map.of("readings", readings)))));
        inputs.add(new Valid("batch of five", Mode.BATCH, "/predict",
                Map.of("Content-Type", "application/cloudevents-batch+json"), utf8(TestFixtures.toJson(events))));
        return inputs;
    }

    /** The matrix rows that are small: no 10 MB bodies, 1 MB headers or 100,000 readings under load. */
    static List<BadInputCase> invalid() {
        return BadInputTable.all()
            .stream()
            .filter((row) -> row.status() != 413 && !row.name().contains("MB") && !row.name().contains("nested"))
            .toList();
    }

    private static Map<String, String> binaryHeaders(int shift) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("ce-specversion", "1.0");
        headers.put("ce-id", "load-binary-" + shift);
        headers.put("ce-source", "/hvs/tests/load");
        headers.put("ce-type", "io.hvs.battery.readings.v1");
        return headers;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
