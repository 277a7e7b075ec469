package io.hvs.hazard.function;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.testsupport.RawHttp;
import io.hvs.hazard.testsupport.ServingIntegrationTest;
import io.hvs.hazard.testsupport.TestFixtures;

import static io.hvs.hazard.function.BadBodies.SOC;
import static io.hvs.hazard.function.BadInputCase.PROBLEM;
import static io.hvs.hazard.function.BadInputCase.request;
import static io.hvs.hazard.function.BadInputCase.utf8;

/**
 * THE bad-input matrix: every hostile or broken request the service is documented to refuse, over plain JSON and
 * the three CloudEvents modes ({@link CloudEventBadInputs}). {@link BadInputMatrixIntegrationTests} sends each
 * row; {@link BadInputTableDocsTests} checks that the README's "Bad input" table is exactly this table.
 */
final class BadInputTable {

    static final String MALFORMED = PROBLEM + "malformed-json";

    static final String INVALID = PROBLEM + "invalid-readings";

    static final String TOO_MANY = PROBLEM + "too-many-readings";

    static final String TOO_LARGE = PROBLEM + "body-too-large";

    static final String NOT_FOUND = PROBLEM + "not-found";

    static final String METHOD = PROBLEM + "method-not-allowed";

    static final String MEDIA = PROBLEM + "unsupported-media-type";

    static final String REJECTED = PROBLEM + "bad-request";

    static final int TEN_MB = 10 * 1024 * 1024;

    static final int ONE_MB = 1024 * 1024;

    static final List<String> JSON = List.of("Content-Type: application/json");

    private BadInputTable() {
    }

    static List<BadInputCase> all() {
        List<BadInputCase> cases = new ArrayList<>(plain());
        cases.addAll(CloudEventBadInputs.binary());
        cases.addAll(CloudEventBadInputs.structured());
        cases.addAll(CloudEventBadInputs.batch());
        return cases;
    }

    private static List<BadInputCase> plain() {
        String gas = FeatureSchema.CO;
        return List.of(plain("empty body", 400, MALFORMED, "is empty", ""),
                plain("not JSON", 400, MALFORMED, "is not valid JSON", "hello"),
                plain("truncated JSON", 400, MALFORMED, "is not valid JSON", BadBodies.valid().substring(0, 80)),
                plain("top-level array", 400, INVALID, "must be an object", "[" + BadBodies.valid() + "]"),
                plain("top-level number", 400, INVALID, "must be an object", "42"),
                plain("top-level string", 400, INVALID, "must be an object", "\"readings\""),
                plain("null readings", 400, INVALID, "/readings", "{\"readings\":null}"),
                plain("empty readings", 400, INVALID, "/readings", "{\"readings\":[]}"),
                plain("missing feature", 400, INVALID, "/readings/0/" + SOC,
                        BadBodies.wrapped(BadBodies.readingWithout(SOC))),
                plain("extra field", 400, INVALID, "/readings/0/Colour",
                        BadBodies.wrapped(BadBodies.readingWith("Colour", "red"))),
                plain("duplicate field", 400, INVALID, "/readings/0/" + SOC, BadBodies.withDuplicate(SOC)),
                plain("duplicate readings member", 400, INVALID, "/readings",
                        "{\"readings\":[],\"readings\":[]}"),
                plain("string for a number", 400, INVALID, "/readings/0/" + SOC,
                        BadBodies.wrapped(BadBodies.readingWith(SOC, "74.7"))),
                plain("NaN", 400, MALFORMED, "is not valid JSON", BadBodies.withRawValue(SOC, "NaN")),
                plain("Infinity", 400, MALFORMED, "is not valid JSON", BadBodies.withRawValue(SOC, "Infinity")),
                plain("1e400", 400, INVALID, "/readings/0/" + SOC, BadBodies.withRawValue(SOC, "1e400")),
                plain("negative gas", 400, INVALID, "/readings/0/" + gas,
                        BadBodies.wrapped(BadBodies.readingWith(gas, -1))),
                plain("SoC -1", 400, INVALID, "/readings/0/" + SOC, BadBodies.wrapped(BadBodies.readingWith(SOC, -1))),
                plain("SoC 101", 400, INVALID, "/readings/0/" + SOC,
                        BadBodies.wrapped(BadBodies.readingWith(SOC, 101))),
                plain("a 2,000-digit number", 400, MALFORMED, "is not valid JSON",
                        BadBodies.withRawValue(SOC, "1".repeat(2000))),
                plain("deeply nested JSON (20,000 levels)", 400, MALFORMED, "/readings", BadBodies.deeplyNested(20_000)),
                new BadInputCase("invalid UTF-8", BadInputCase.Mode.PLAIN, 400, MALFORMED, "is not valid JSON",
                        request("POST", "/predict", JSON, BadBodies.invalidUtf8())),
                new BadInputCase("10 MB body", BadInputCase.Mode.PLAIN, 413, TOO_LARGE, "request body is larger",
                        request("POST", "/predict", JSON, BadBodies.padded(TEN_MB))),
                new BadInputCase("100,000 readings (chunked, no Content-Length)", BadInputCase.Mode.PLAIN, 413,
                        TOO_LARGE, "request body is larger",
                        BadInputCase.chunked("/predict", JSON, () -> BadBodies.manyReadings(100_000))),
                plain("one reading more than hvs.inference.max-readings", 413, TOO_MANY, "readings",
                        "{\"readings\":[" + String.join(",", Collections.nCopies(
                                ServingIntegrationTest.MAX_READINGS + 1,
                                TestFixtures.toJson(BadBodies.reading()))) + "]}"),
                new BadInputCase("1 MB header", BadInputCase.Mode.PLAIN, 400, REJECTED, "max-http-request-header-size",
                        request("POST", "/predict", List.of("Content-Type: application/json",
                                "X-Padding: " + "a".repeat(ONE_MB)), utf8(BadBodies.valid()))),
                new BadInputCase("malformed request line", BadInputCase.Mode.PLAIN, 400, REJECTED, "request line",
                        new RawHttp.Request(
                                "POST /pre{dict HTTP/1.1\r\nHost: localhost\r\nConnection: close", null, false)),
                new BadInputCase("wrong Content-Type (text/plain)", BadInputCase.Mode.PLAIN, 415, MEDIA, "text/plain",
                        request("POST", "/predict", List.of("Content-Type: text/plain"), utf8(BadBodies.valid()))),
                new BadInputCase("JSON in ISO-8859-1", BadInputCase.Mode.PLAIN, 415, MEDIA, "ISO-8859-1",
                        request("POST", "/predict", List.of("Content-Type: application/json;charset=ISO-8859-1"),
                                utf8(BadBodies.valid()))),
                new BadInputCase("missing Content-Type, form body (read as JSON)", BadInputCase.Mode.PLAIN, 400,
                        MALFORMED, "is not valid JSON",
                        request("POST", "/predict", List.of(), utf8("readings=1&Module_SoC_percent=50"))),
                new BadInputCase("GET", BadInputCase.Mode.PLAIN, 405, METHOD, "GET",
                        request("GET", "/predict", List.of(), null)),
                new BadInputCase("PUT", BadInputCase.Mode.PLAIN, 405, METHOD, "PUT",
                        request("PUT", "/predict", JSON, utf8(BadBodies.valid()))),
                new BadInputCase("DELETE", BadInputCase.Mode.PLAIN, 405, METHOD, "DELETE",
                        request("DELETE", "/", List.of(), null)),
                new BadInputCase("unknown path", BadInputCase.Mode.PLAIN, 404, NOT_FOUND, "/predictions",
                        request("POST", "/predictions", JSON, utf8(BadBodies.valid()))),
                new BadInputCase("unexposed actuator endpoint (env)", BadInputCase.Mode.PLAIN, 404, NOT_FOUND,
                        "/actuator/env", request("GET", "/actuator/env", List.of(), null)));
    }

    static BadInputCase plain(String name, int status, String type, String names, String body) {
        return new BadInputCase(name, BadInputCase.Mode.PLAIN, status, type, names,
                request("POST", "/predict", JSON, utf8(body)));
    }

    /** The README table: a header and one row per case, in table order. */
    static String markdown() {
        StringBuilder table = new StringBuilder("| case | mode | status | problem type | the body names |\n")
            .append("|---|---|---|---|---|\n");
        for (BadInputCase row : all()) {
            table.append(row.markdownRow()).append('\n');
        }
        return table.toString();
    }

}
