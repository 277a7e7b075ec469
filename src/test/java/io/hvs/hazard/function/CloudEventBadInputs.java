package io.hvs.hazard.function;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.hvs.hazard.function.BadInputCase.Mode;
import io.hvs.hazard.testsupport.TestFixtures;

import static io.hvs.hazard.function.BadBodies.SOC;
import static io.hvs.hazard.function.BadInputCase.PROBLEM;
import static io.hvs.hazard.function.BadInputCase.request;
import static io.hvs.hazard.function.BadInputCase.utf8;
import static io.hvs.hazard.function.BadInputTable.MEDIA;
import static io.hvs.hazard.function.BadInputTable.METHOD;
import static io.hvs.hazard.function.BadInputTable.NOT_FOUND;
import static io.hvs.hazard.function.BadInputTable.REJECTED;
import static io.hvs.hazard.function.BadInputTable.TOO_LARGE;

/** The CloudEvents rows of {@link BadInputTable}: binary, structured and batch mode. */
final class CloudEventBadInputs {

    static final String EVENT = PROBLEM + "invalid-event";

    static final String DATA = PROBLEM + "invalid-data";

    private static final String STRUCTURED = "Content-Type: application/cloudevents+json";

    private static final String BATCH = "Content-Type: application/cloudevents-batch+json";

    private CloudEventBadInputs() {
    }

    static List<BadInputCase> binary() {
        List<BadInputCase> cases = new ArrayList<>();
        for (String attribute : List.of("id", "source", "type", "specversion")) {
            cases.add(binary("missing ce-" + attribute, 400, EVENT, "ce-" + attribute,
                    headers("ce-" + attribute, null), BadBodies.valid()));
        }
        cases.add(binary("specversion 0.3", 400, EVENT, "ce-specversion", headers("ce-specversion", "0.3"),
                BadBodies.valid()));
        cases.add(binary("bad time", 400, EVENT, "ce-time", headers("ce-time", "yesterday"), BadBodies.valid()));
        cases.add(binary("time without seconds", 400, EVENT, "ce-time", headers("ce-time", "2026-03-14T09:26Z"),
                BadBodies.valid()));
        cases.add(binary("invalid percent-encoding", 400, EVENT, "ce-source", headers("ce-source", "/racks%zz"),
                BadBodies.valid()));
        cases.add(binary("percent-encoded invalid UTF-8", 400, EVENT, "ce-source",
                headers("ce-source", "/racks/%C3%28"), BadBodies.valid()));
        List<String> twice = headers(null, null);
        twice.add("ce-id: second-id");
        cases.add(binary("ce-id twice", 400, EVENT, "ce-id", twice, BadBodies.valid()));
        cases.add(binary("ce-datacontenttype header", 400, EVENT, "ce-datacontenttype",
                headers("ce-datacontenttype", "application/json"), BadBodies.valid()));
        cases.add(binary("empty body", 400, EVENT, "data", headers(null, null), ""));
        cases.add(binary("data not JSON", 400, DATA, "is not valid JSON", headers(null, null), "hello"));
        cases.add(binary("SoC 101", 400, DATA, "/readings/0/" + SOC, headers(null, null),
                BadBodies.wrapped(BadBodies.readingWith(SOC, 101))));
        cases.add(binary("deeply nested data", 400, DATA, "/readings", headers(null, null),
                BadBodies.deeplyNested(20_000)));
        cases.add(new BadInputCase("invalid UTF-8 data", Mode.BINARY, 400, BadInputTable.MALFORMED, "is not valid JSON",
                request("POST", "/predict", headers(null, null), BadBodies.invalidUtf8())));
        cases.add(binary("wrong Content-Type (text/plain)", 415, MEDIA, "text/plain",
                headers("Content-Type", "text/plain"), BadBodies.valid()));
        cases.add(binary("missing Content-Type, data not JSON", 400, DATA, "is not valid JSON",
                headers("Content-Type", null), "readings=1"));
        cases.add(binary("1 MB ce-source header", 400, REJECTED, "max-http-request-header-size",
                headers("ce-source", "/" + "a".repeat(BadInputTable.ONE_MB)), BadBodies.valid()));
        cases.add(new BadInputCase("10 MB body", Mode.BINARY, 413, TOO_LARGE, "request body is larger",
                request("POST", "/predict", headers(null, null), BadBodies.padded(BadInputTable.TEN_MB))));
        for (String method : List.of("GET", "PUT", "DELETE")) {
            cases.add(new BadInputCase(method, Mode.BINARY, 405, METHOD, method,
                    request(method, "/predict", headers(null, null), utf8(BadBodies.valid()))));
        }
        cases.add(new BadInputCase("unknown path", Mode.BINARY, 404, NOT_FOUND, "/predict/v2",
                request("POST", "/predict/v2", headers(null, null), utf8(BadBodies.valid()))));
        return cases;
    }

    static List<BadInputCase> structured() {
        List<BadInputCase> cases = new ArrayList<>();
        for (String attribute : List.of("id", "source", "type", "specversion")) {
            cases.add(structured("missing " + attribute, 400, EVENT, "/" + attribute,
                    json(BadBodies.eventWith(attribute, null))));
        }
        cases.add(structured("specversion 0.3", 400, EVENT, "/specversion",
                json(BadBodies.eventWith("specversion", "0.3"))));
        cases.add(structured("bad time", 400, EVENT, "/time", json(BadBodies.eventWith("time", "yesterday"))));
        cases.add(structured("time without seconds", 400, EVENT, "/time",
                json(BadBodies.eventWith("time", "2026-03-14T09:26Z"))));
        cases.add(structured("data_base64 that is not JSON", 400, DATA, "/data_base64", json(base64Event("hello"))));
        cases.add(structured("data_base64 that is not base64", 400, EVENT, "/data_base64",
                json(BadBodies.eventWith("data_base64", "%%%"))));
        cases.add(structured("no data", 400, EVENT, "/data", json(BadBodies.eventWith("data", null))));
        cases.add(structured("SoC 101 in data", 400, DATA, "/data/readings/0/" + SOC,
                json(BadBodies.event(Map.of("readings", List.of(BadBodies.readingWith(SOC, 101)))))));
        String event = json(BadBodies.event(Map.of("readings", List.of(BadBodies.reading()))));
        cases.add(structured("id twice", 400, EVENT, "/id", event.replaceFirst("\\{", "{\"id\":\"first\",")));
        cases.add(structured("not JSON", 400, EVENT, "malformed JSON", "hello"));
        cases.add(structured("truncated JSON", 400, EVENT, "malformed JSON", event.substring(0, 120)));
        cases.add(structured("an array instead of an event", 400, EVENT, "an event must be a JSON object",
                "[" + event + "]"));
        cases.add(structured("empty body", 400, EVENT, "the body is empty", ""));
        cases.add(structured("deeply nested data", 400, EVENT, "malformed JSON",
                json(BadBodies.event(Map.of())).replace("{}", BadBodies.deeplyNested(20_000))));
        Map<String, Object> text = BadBodies.eventWith("datacontenttype", "text/plain");
        text.put("data", "Module_SoC_percent=50");
        cases.add(structured("datacontenttype text/plain", 415, MEDIA, "datacontenttype", json(text)));
        cases.add(new BadInputCase("invalid UTF-8", Mode.STRUCTURED, 400, BadInputTable.MALFORMED,
                "is not valid JSON", request("POST", "/predict", List.of(STRUCTURED), BadBodies.invalidUtf8())));
        cases.add(new BadInputCase("application/cloudevents+xml", Mode.STRUCTURED, 415, MEDIA, "Content-Type",
                request("POST", "/predict", List.of("Content-Type: application/cloudevents+xml"), utf8(event))));
        cases.add(new BadInputCase("10 MB body", Mode.STRUCTURED, 413, TOO_LARGE, "request body is larger",
                request("POST", "/predict", List.of(STRUCTURED), BadBodies.padded(BadInputTable.TEN_MB))));
        return cases;
    }

    static List<BadInputCase> batch() {
        Map<String, Object> good = BadBodies.event(Map.of("readings", List.of(BadBodies.reading())));
        Map<String, Object> bad = BadBodies.event(Map.of("readings", List.of(BadBodies.readingWith(SOC, 101))));
        Map<String, Object> noId = BadBodies.eventWith("id", null);
        return List.of(batch("one bad event of three", 400, DATA, "/1/data/readings/0/" + SOC, json(List.of(good, bad, good))),
                batch("one event without id", 400, EVENT, "/1/id", json(List.of(good, noId))),
                batch("empty batch", 400, EVENT, "a batch must be a JSON array of at least one event", "[]"),
                batch("an event instead of a batch", 400, EVENT, "a batch must be a JSON array", json(good)),
                batch("not JSON", 400, EVENT, "malformed JSON", "hello"),
                new BadInputCase("10 MB body", Mode.BATCH, 413, TOO_LARGE, "request body is larger",
                        request("POST", "/predict", List.of(BATCH), BadBodies.padded(BadInputTable.TEN_MB))));
    }

    /** The binary-mode headers of a valid event, with {@code name} replaced by {@code value} (or removed). */
    private static List<String> headers(String name, String value) {
        List<String> lines = new ArrayList<>();
        addUnless(lines, name, "Content-Type", "application/json");
        addUnless(lines, name, "ce-specversion", "1.0");
        addUnless(lines, name, "ce-id", "bad-input-1");
        addUnless(lines, name, "ce-source", "/hvs/tests/bad-input");
        addUnless(lines, name, "ce-type", "io.hvs.battery.readings.v1");
        if (name != null && value != null) {
            lines.add(name + ": " + value);
        }
        return lines;
    }

    private static void addUnless(List<String> lines, String skipped, String name, String value) {
        if (!name.equals(skipped)) {
            lines.add(name + ": " + value);
        }
    }

    private static Map<String, Object> base64Event(String data) {
        Map<String, Object> event = BadBodies.eventWith("data", null);
        event.put("data_base64", Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8)));
        return event;
    }

    private static String json(Object value) {
        return TestFixtures.toJson(value);
    }

    private static BadInputCase binary(String name, int status, String type, String names, List<String> headers,
            String body) {
        return new BadInputCase(name, Mode.BINARY, status, type, names,
                request("POST", "/predict", headers, utf8(body)));
    }

    private static BadInputCase structured(String name, int status, String type, String names, String body) {
        return new BadInputCase(name, Mode.STRUCTURED, status, type, names,
                request("POST", "/predict", List.of(STRUCTURED), utf8(body)));
    }

    private static BadInputCase batch(String name, int status, String type, String names, String body) {
        return new BadInputCase(name, Mode.BATCH, status, type, names,
                request("POST", "/predict", List.of(BATCH), utf8(body)));
    }

}
