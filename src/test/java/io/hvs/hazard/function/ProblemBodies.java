package io.hvs.hazard.function;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What every problem answer must (not) contain, shared by the matrix and the concurrency tests. */
final class ProblemBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A qualified Java class name (java.lang.String, io.hvs.hazard.api.X, org.apache.coyote.Y). */
    private static final Pattern CLASS_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]\\w+");

    /** A stack frame or a Java source/class location. */
    private static final Pattern STACK = Pattern.compile("\\bat [\\w$.]+\\(|\\.java\\b|\\.class\\b|\\.jar\\b");

    /** An absolute file path or file URI of this machine or the image. */
    private static final Pattern FILE_PATH = Pattern
        .compile("file:|(^|[\\s\"'(])/(tmp|home|work|app|usr|opt|var|root|proc|etc)/");

    private ProblemBodies() {
    }

    /** No stack trace, class name, exception name or file path anywhere in the body. */
    static void assertNoLeaks(String body) {
        assertThat(body).doesNotContain("Exception", "Error:", "\tat ");
        assertThat(CLASS_NAME.matcher(body).find()).as("class name in %s", body).isFalse();
        assertThat(STACK.matcher(body).find()).as("stack frame in %s", body).isFalse();
        assertThat(FILE_PATH.matcher(body).find()).as("file path in %s", body).isFalse();
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        }
        catch (Exception ex) {
            throw new AssertionError("Not JSON: " + body, ex);
        }
    }

    /** Every value of the errors entries that says where (pointer, field, header), plus the detail. */
    static List<String> names(JsonNode problem) {
        List<String> names = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            for (String member : List.of("pointer", "field", "header")) {
                if (error.hasNonNull(member)) {
                    names.add(error.get(member).asText());
                }
            }
        }
        return names;
    }

}
