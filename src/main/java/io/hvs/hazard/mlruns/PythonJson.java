package io.hvs.hazard.mlruns;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON as Python's {@code json.dumps} writes it by default (separators {@code ", "} and
 * {@code ": "}, one line), which MLflow uses for signatures and the model-history tag.
 */
final class PythonJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PythonJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writer(new PythonSeparators()).writeValueAsString(value);
        }
        catch (JsonProcessingException ex) {
            throw MlrunsException.invalid("cannot encode as JSON: " + ex.getOriginalMessage());
        }
    }

    /** Parses JSON text; the caller turns a failure into a MALFORMED naming its file. */
    static Object read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Object.class);
    }

    private static final class PythonSeparators extends MinimalPrettyPrinter {

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

    }

}
