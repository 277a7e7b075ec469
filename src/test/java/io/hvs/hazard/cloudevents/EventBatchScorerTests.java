package io.hvs.hazard.cloudevents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.Test;

import io.hvs.hazard.api.FieldError;
import io.hvs.hazard.api.HazardPrediction;
import io.hvs.hazard.api.HazardRequest;
import io.hvs.hazard.api.HazardRequestDecoder;
import io.hvs.hazard.api.HazardResponse;
import io.hvs.hazard.api.InvalidRequestException;
import io.hvs.hazard.api.ModuleReading;
import io.hvs.hazard.cloudevents.CloudEventException.Kind;
import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.inference.InferenceException;
import io.hvs.hazard.testsupport.HistoryFixtures;
import io.hvs.hazard.testsupport.TestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The events of one request go through the scoring core as one batch and their answers are split back per event;
 * problems are named by event and reading. The scorer here stands in for the model at the seam (the integration
 * tests run the real one): it records each call and answers probability = SoC / 100.
 */
class EventBatchScorerTests {

    private final List<HazardRequest> calls = new ArrayList<>();

    private final EventBatchScorer scorer = new EventBatchScorer(new HazardRequestDecoder(6), (request) -> {
        this.calls.add(request);
        List<HazardPrediction> predictions = new ArrayList<>();
        for (ModuleReading reading : request.readings()) {
            double soc = reading.features()[FeatureSchema.FEATURE_NAMES.indexOf(FeatureSchema.SOC)];
            predictions.add(new HazardPrediction(reading.moduleId(), (soc >= 50) ? 1 : 0, soc / 100));
        }
        return new HazardResponse(predictions, "run", "hvs-hazard-classifier", "models:/hvs-hazard-classifier/1", 0.5);
    });

    @Test
    void allEventsAreOneModelCallAndTheAnswersAreSplitInOrder() {
        List<HazardResponse> answers = this.scorer.score(List.of(event(0, reading("A", 10), reading("B", 60)),
                event(1, reading("C", 70)), event(2, reading("D", 20), reading("E", 30), reading("F", 90))));
        assertThat(this.calls).hasSize(1);
        assertThat(this.calls.get(0).readings()).hasSize(6);
        assertThat(answers).hasSize(3);
        assertThat(answers.get(0).predictions()).extracting(HazardPrediction::moduleId, HazardPrediction::hazardPrediction)
            .containsExactly(tuple("A", 0), tuple("B", 1));
        assertThat(answers.get(1).predictions()).extracting(HazardPrediction::moduleId).containsExactly("C");
        assertThat(answers.get(2).predictions()).extracting(HazardPrediction::hazardProbability)
            .containsExactly(0.2, 0.3, 0.9);
        assertThat(answers).allSatisfy((answer) -> assertThat(answer.modelVersion()).isEqualTo("run"));
    }

    @Test
    void everyEventWithBadDataIsNamedAndNothingIsScored() {
        assertThatExceptionOfType(CloudEventException.class)
            .isThrownBy(() -> this.scorer.score(List.of(event(0, reading("A", 101)), event(1, reading("B", 10)),
                    event(2, reading("C", 10), reading("D", -1)))))
            .satisfies((ex) -> {
                assertThat(ex.kind()).isEqualTo(Kind.INVALID_DATA);
                assertThat(ex.errors()).extracting(EventError::event, EventError::pointer)
                    .containsExactly(tuple(0, "/0/data/readings/0/" + FeatureSchema.SOC),
                            tuple(2, "/2/data/readings/1/" + FeatureSchema.SOC));
            });
        assertThat(this.calls).isEmpty();
    }

    @Test
    void theReadingLimitHoldsForTheWholeRequest() {
        assertThatExceptionOfType(CloudEventException.class)
            .isThrownBy(() -> this.scorer.score(List.of(event(0, reading("A", 1), reading("B", 2), reading("C", 3)),
                    event(1, reading("D", 4), reading("E", 5), reading("F", 6), reading("G", 7)))))
            .satisfies((ex) -> {
                assertThat(ex.kind()).isEqualTo(Kind.TOO_MANY_READINGS);
                assertThat(ex.getStatusCode().value()).isEqualTo(413);
            });
        assertThat(this.calls).isEmpty();
    }

    @Test
    void aReadingTheModelRejectsIsRelocatedToItsEvent() {
        EventBatchScorer rejecting = new EventBatchScorer(new HazardRequestDecoder(6), (request) -> {
            throw InvalidRequestException.of(InvalidRequestException.Kind.INVALID_READINGS,
                    new FieldError(request.pointer(3, FeatureSchema.AVG_TEMP), 3, FeatureSchema.AVG_TEMP,
                            "is out of the model's float range"));
        });
        assertThatExceptionOfType(CloudEventException.class)
            .isThrownBy(() -> rejecting.score(List.of(event(0, reading("A", 1), reading("B", 2)),
                    event(1, reading("C", 3), reading("D", 4)))))
            .satisfies((ex) -> assertThat(ex.errors()).extracting(EventError::event, EventError::reading,
                    EventError::pointer)
                .containsExactly(tuple(1, 1, "/1/data/readings/1/" + FeatureSchema.AVG_TEMP)));
    }

    @Test
    void aHistoryTheModelRejectsIsRelocatedToItsEvent() {
        EventBatchScorer rejecting = new EventBatchScorer(new HazardRequestDecoder(6, 100), (request) -> {
            if (!request.hasHistories()) {
                return new HazardResponse(List.of(new HazardPrediction("A", 0, 0.1)), "run", "m", "u", 0.5);
            }
            throw InvalidRequestException.of(InvalidRequestException.Kind.INVALID_READINGS, new FieldError(
                    "/histories/2", 2, null, FeatureSchema.AVG_TEMP, "is out of the model's float range"));
        });
        DecodedEvent twoHistories = data(2, HistoryFixtures.body(HistoryFixtures.history("M1", HistoryFixtures
            .readings(3)), HistoryFixtures.history("M2", HistoryFixtures.readings(3))));
        assertThatExceptionOfType(CloudEventException.class)
            .isThrownBy(() -> rejecting.score(List.of(event(0, reading("A", 1)), data(1, HistoryFixtures
                .body(HistoryFixtures.history("M0", HistoryFixtures.readings(3)))), twoHistories)))
            .satisfies((ex) -> assertThat(ex.errors()).extracting(EventError::event, EventError::pointer)
                .containsExactly(tuple(2, "/2/data/histories/1")));
    }

    @Test
    void aModelThatIsNotReadyPassesThroughForA503() {
        InferenceException notReady = InferenceException.modelNotReady("loading");
        EventBatchScorer waiting = new EventBatchScorer(new HazardRequestDecoder(6), (request) -> {
            throw notReady;
        });
        assertThatExceptionOfType(InferenceException.class)
            .isThrownBy(() -> waiting.score(List.of(event(0, reading("A", 1)))))
            .isSameAs(notReady);
    }

    private static Map<String, Object> reading(String module, double soc) {
        Map<String, Double> values = TestFixtures.normalReading();
        values.put(FeatureSchema.SOC, soc);
        return TestFixtures.readingJson(module, values);
    }

    @SafeVarargs
    private static DecodedEvent event(int index, Map<String, Object>... readings) {
        return data(index, TestFixtures.toJson(Map.of("readings", List.of(readings))));
    }

    private static DecodedEvent data(int index, String json) {
        byte[] data = json.getBytes(StandardCharsets.UTF_8);
        return new DecodedEvent(CloudEventBuilder.v1()
            .withId("e" + index)
            .withSource(URI.create("/test"))
            .withType(HazardEventTypes.READINGS)
            .withData("application/json", data)
            .build(), index, "/" + index + "/data");
    }

}
