package io.hvs.hazard.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Writes a {@link HazardResponse} as the JSON the record's annotations describe, byte for byte: answers for
 * feature readings straight through a streaming generator with pre-encoded member names, answers with raw-history
 * summaries through Jackson's data binding. Data binding cost a tenth of a 100-reading request's own CPU
 * (reflective property access per prediction, async-profiler, issue 7). Probabilities are written by Jackson's
 * Schubfach writer: the shortest decimal that reads back as the same double. Thread-safe.
 */
public final class HazardResponseWriter {

    private static final SerializableString PREDICTIONS = new SerializedString("predictions");

    private static final SerializableString MODULE_ID = new SerializedString("Module_ID");

    private static final SerializableString HAZARD_PREDICTION = new SerializedString("hazard_prediction");

    private static final SerializableString HAZARD_PROBABILITY = new SerializedString("hazard_probability");

    private static final SerializableString MODEL_VERSION = new SerializedString("model_version");

    private static final SerializableString MODEL_NAME = new SerializedString("model_name");

    private static final SerializableString MODEL_URI = new SerializedString("model_uri");

    private static final SerializableString DECISION_THRESHOLD = new SerializedString("decision_threshold");

    /** About the size of one prediction's JSON, so that the buffer rarely grows. */
    private static final int BYTES_PER_PREDICTION = 96;

    private final ObjectWriter dataBinding;

    /** @param objectMapper writes the answers with raw-history summaries */
    public HazardResponseWriter(ObjectMapper objectMapper) {
        this.dataBinding = objectMapper.writer().with(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
    }

    /** The response as UTF-8 JSON. */
    public byte[] write(HazardResponse response) {
        try {
            if (hasHistories(response)) {
                return this.dataBinding.writeValueAsBytes(response);
            }
            ByteArrayBuilder bytes = new ByteArrayBuilder(256 + BYTES_PER_PREDICTION * response.predictions().size());
            try (JsonGenerator json = this.dataBinding.createGenerator(bytes)) {
                writeReadingAnswers(json, response);
            }
            return bytes.toByteArray();
        }
        catch (IOException ex) {
            // In memory, from values this service produced: not a client's fault, never expected.
            throw new UncheckedIOException("cannot write the prediction response", ex);
        }
    }

    private static boolean hasHistories(HazardResponse response) {
        for (HazardPrediction prediction : response.predictions()) {
            if (prediction.history() != null) {
                return true;
            }
        }
        return false;
    }

    private static void writeReadingAnswers(JsonGenerator json, HazardResponse response) throws IOException {
        json.writeStartObject();
        json.writeFieldName(PREDICTIONS);
        json.writeStartArray();
        for (HazardPrediction prediction : response.predictions()) {
            json.writeStartObject();
            json.writeFieldName(MODULE_ID);
            json.writeString(prediction.moduleId());
            json.writeFieldName(HAZARD_PREDICTION);
            json.writeNumber(prediction.hazardPrediction());
            json.writeFieldName(HAZARD_PROBABILITY);
            json.writeNumber(prediction.hazardProbability());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName(MODEL_VERSION);
        json.writeString(response.modelVersion());
        json.writeFieldName(MODEL_NAME);
        json.writeString(response.modelName());
        json.writeFieldName(MODEL_URI);
        json.writeString(response.modelUri());
        json.writeFieldName(DECISION_THRESHOLD);
        json.writeNumber(response.decisionThreshold());
        json.writeEndObject();
    }

}
