package io.hvs.hazard.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written writer against Jackson's data binding of the same record (its annotations are the contract):
 * the same bytes, for awkward module ids and for probabilities from 0 to 1 as a float32 model produces them.
 */
class HazardResponseWriterTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HazardResponseWriter writer = new HazardResponseWriter(MAPPER);

    private static byte[] dataBinding(HazardResponse response) throws Exception {
        return MAPPER.writer().with(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).writeValueAsBytes(response);
    }

    private static HazardResponse response(List<HazardPrediction> predictions) {
        return new HazardResponse(predictions, "978213a750314039a2e8f4e8a873365d", "hvs-hazard-classifier",
                "models:/hvs-hazard-classifier/1", 0.5046686180867255);
    }

    @Test
    void featureReadingAnswersAreTheBytesDataBindingWrites() throws Exception {
        List<HazardPrediction> predictions = new ArrayList<>();
        String[] ids = { "RackA3_Module01", "Unknown", "", "quote\"back\\slash", "tab\tnew\nline\u0001",
                "Modül-é-\u6a21\u5757-\uD83D\uDD25", "</script>" };
        float[] probabilities = { 0f, 1f, 1.4689403178635985E-4f, 0.5046686f, Float.MIN_VALUE, 0.99999994f,
                1e-30f };
        for (int i = 0; i < ids.length; i++) {
            float p = probabilities[i];
            predictions.add(new HazardPrediction(ids[i], (p >= 0.5046686180867255) ? 1 : 0, p));
        }
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            float p = random.nextFloat();
            predictions.add(new HazardPrediction("RackB2_Module" + i, (p >= 0.5) ? 1 : 0, p));
        }
        HazardResponse response = response(predictions);
        assertThat(new String(this.writer.write(response), java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo(new String(dataBinding(response), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void answersWithHistorySummariesAreWrittenByDataBinding() throws Exception {
        HistorySummary summary = HistorySummary.of(12, 3, List.of());
        HazardResponse response = response(List.of(new HazardPrediction("RackA1_Module02", 0, 0.25, summary),
                new HazardPrediction("RackA1_Module03", 1, 0.75)));
        byte[] written = this.writer.write(response);
        assertThat(written).isEqualTo(dataBinding(response));
        assertThat(MAPPER.readTree(written).path("predictions").get(0).path("readings_used").asInt()).isEqualTo(12);
    }

    @Test
    void theShortestDecimalsReadBackAsTheSameDoubles() throws Exception {
        List<HazardPrediction> predictions = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            float p = (float) Math.pow(random.nextDouble(), 8);
            predictions.add(new HazardPrediction("M" + i, 0, p));
        }
        HazardResponse response = response(predictions);
        JsonNode fast = MAPPER.readTree(this.writer.write(response));
        JsonNode jdk = MAPPER.readTree(MAPPER.writeValueAsBytes(response));
        for (int i = 0; i < predictions.size(); i++) {
            assertThat(fast.path("predictions").get(i).path("hazard_probability").doubleValue()).as("prediction %d", i)
                .isEqualTo(jdk.path("predictions").get(i).path("hazard_probability").doubleValue())
                .isEqualTo(predictions.get(i).hazardProbability());
        }
    }

}
