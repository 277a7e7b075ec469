package io.hvs.hazard.function;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import io.hvs.hazard.api.FieldError;
import io.hvs.hazard.api.HazardPrediction;
import io.hvs.hazard.api.HazardRequest;
import io.hvs.hazard.api.HazardRequestDecoder;
import io.hvs.hazard.api.HazardResponse;
import io.hvs.hazard.api.InputMode;
import io.hvs.hazard.api.InvalidRequestException;
import io.hvs.hazard.api.ModuleHistory;
import io.hvs.hazard.api.ModuleReading;
import io.hvs.hazard.features.SensorHistory;
import io.hvs.hazard.inference.HazardPredictor;
import io.hvs.hazard.inference.InferenceException;
import io.hvs.hazard.inference.Predictions;

/**
 * The transport-independent core: request body in, {@link HazardResponse} out, all readings (or the newest readings
 * of all raw histories) as one batch.
 * Thread-safe. Throws {@link InvalidRequestException} (400/413) and {@link InferenceException} (503/500); the
 * HTTP and CloudEvents edges turn those into problems.
 */
class HazardScoringService {

    private final HazardRequestDecoder decoder;

    private final HazardPredictor predictor;

    HazardScoringService(HazardRequestDecoder decoder, HazardPredictor predictor) {
        this.decoder = decoder;
        this.predictor = predictor;
    }

    HazardResponse score(byte[] body) {
        return score(this.decoder.decode(body));
    }

    HazardResponse score(String body) {
        return score(this.decoder.decode(body));
    }

    HazardResponse score(HazardRequest request) {
        if (request.hasHistories()) {
            return scoreHistories(request.histories());
        }
        List<ModuleReading> readings = request.readings();
        List<double[]> rows = new ArrayList<>(readings.size());
        for (ModuleReading reading : readings) {
            rows.add(reading.features());
        }
        Predictions predictions;
        try {
            predictions = this.predictor.predict(rows);
        }
        catch (InferenceException ex) {
            if (ex.kind() != InferenceException.Kind.INPUT_OUT_OF_RANGE) {
                throw ex;
            }
            // Only the request knows its shape, hence where the offending value sits in the body.
            throw InvalidRequestException.of(InvalidRequestException.Kind.INVALID_READINGS,
                    new FieldError(request.pointer(ex.reading(), ex.feature()), ex.reading(), ex.feature(),
                            ex.getMessage()));
        }
        countReadings(readings.size());
        List<HazardPrediction> answers = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            answers.add(new HazardPrediction(readings.get(i).moduleId(), predictions.hazard(i),
                    predictions.probability(i)));
        }
        return new HazardResponse(answers, predictions.model().runId(), predictions.model().registeredName(),
                predictions.model().modelUri(), predictions.decisionThreshold());
    }

    /** One prediction per history, for its newest reading, with the features computed as in training. */
    private HazardResponse scoreHistories(List<ModuleHistory> histories) {
        List<SensorHistory> sensors = new ArrayList<>(histories.size());
        for (ModuleHistory history : histories) {
            sensors.add(history.sensors());
        }
        Predictions predictions;
        try {
            predictions = this.predictor.predictLatest(sensors);
        }
        catch (InferenceException ex) {
            if (ex.kind() != InferenceException.Kind.INPUT_OUT_OF_RANGE) {
                throw ex;
            }
            // A computed feature, not a member of the body: the pointer names the history.
            throw InvalidRequestException.of(InvalidRequestException.Kind.INVALID_READINGS, new FieldError(
                    "/histories/" + ex.reading(), ex.reading(), null, ex.feature(), ex.getMessage()));
        }
        countReadings(histories.size());
        List<HazardPrediction> answers = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            answers.add(new HazardPrediction(histories.get(i).moduleId(), predictions.hazard(i),
                    predictions.probability(i), histories.get(i).summary()));
        }
        return new HazardResponse(answers, predictions.model().runId(), predictions.model().registeredName(),
                predictions.model().modelUri(), predictions.decisionThreshold());
    }

    /** Adds to the request's reading count for the request metrics (summed over a CloudEvent batch's events). */
    private static void countReadings(int scored) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            Object before = attributes.getAttribute(InputMode.READINGS_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            int total = scored + ((before instanceof Integer n) ? n : 0);
            attributes.setAttribute(InputMode.READINGS_ATTRIBUTE, total, RequestAttributes.SCOPE_REQUEST);
        }
    }

}
