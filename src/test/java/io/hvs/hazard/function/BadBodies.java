package io.hvs.hazard.function;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.testsupport.TestFixtures;

/** Bodies for the bad-input matrix: a valid reading and ways to break it. Values, no state. */
final class BadBodies {

    static final String SOC = FeatureSchema.SOC;

    private static final String RAW = "\"@@raw@@\"";

    private BadBodies() {
    }

    /** A valid reading object. */
    static Map<String, Object> reading() {
        return TestFixtures.readingJson("RackA1_Module01", TestFixtures.normalReading());
    }

    static Map<String, Object> readingWith(String field, Object value) {
        Map<String, Object> reading = reading();
        reading.put(field, value);
        return reading;
    }

    static Map<String, Object> readingWithout(String field) {
        Map<String, Object> reading = reading();
        reading.remove(field);
        return reading;
    }

    /** {@code {"readings":[reading]}}. */
    static String wrapped(Object reading) {
        return TestFixtures.toJson(Map.of("readings", List.of(reading)));
    }

    static String valid() {
        return wrapped(reading());
    }

    /** A wrapped reading whose {@code field} holds a raw JSON token (NaN, Infinity, 1e400, ...). */
    static String withRawValue(String field, String token) {
        return wrapped(readingWith(field, "@@raw@@")).replace(RAW, token);
    }

    /** A wrapped reading with {@code field} given twice. */
    static String withDuplicate(String field) {
        String reading = TestFixtures.toJson(reading());
        return "{\"readings\":[" + reading.substring(0, reading.length() - 1) + ",\"" + field + "\":50}]}";
    }

    /** A wrapped reading whose Module_ID contains an invalid UTF-8 sequence (0xC3 0x28). */
    static byte[] invalidUtf8() {
        String json = wrapped(readingWith(FeatureSchema.MODULE_ID, "@@raw@@"));
        String[] halves = json.split("@@raw@@");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        out.write(0xC3);
        out.write(0x28);
        out.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** {@code depth} nested arrays as the readings value: under the body limit, far beyond any sane depth. */
    static String deeplyNested(int depth) {
        return "{\"readings\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    /** A body of {@code bytes} bytes that starts like a request. */
    static byte[] padded(int bytes) {
        byte[] body = new byte[bytes];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] start = "{\"readings\":[".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        return body;
    }

    /** {@code {"readings":[...]}} with {@code count} valid readings, produced while it is sent. */
    static InputStream manyReadings(int count) {
        byte[] reading = TestFixtures.toJson(reading()).getBytes(StandardCharsets.UTF_8);
        Enumeration<InputStream> parts = new Enumeration<>() {

            int next = -1;

            @Override
            public boolean hasMoreElements() {
                return this.next <= count;
            }

            @Override
            public InputStream nextElement() {
                int i = this.next++;
                if (i < 0) {
                    return stream("{\"readings\":[".getBytes(StandardCharsets.US_ASCII));
                }
                if (i == count) {
                    return stream("]}".getBytes(StandardCharsets.US_ASCII));
                }
                return (i == 0) ? stream(reading) : new SequenceInputStream(stream(new byte[] { ',' }), stream(reading));
            }
        };
        return new SequenceInputStream(parts);
    }

    /** A structured CloudEvent around {@code data} (a JSON value), or with its members replaced/removed. */
    static Map<String, Object> event(Object data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", "bad-input-1");
        event.put("source", "/hvs/tests/bad-input");
        event.put("type", "io.hvs.battery.readings.v1");
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        return event;
    }

    static Map<String, Object> eventWith(String member, Object value) {
        Map<String, Object> event = event(Map.of("readings", List.of(reading())));
        if (value == null) {
            event.remove(member);
        }
        else {
            event.put(member, value);
        }
        return event;
    }

    private static InputStream stream(byte[] bytes) {
        return new java.io.ByteArrayInputStream(bytes);
    }

}
