package io.hvs.hazard.training;

import java.util.List;
import java.util.Map;

/**
 * What a training run produced, besides the SavedModel it exported.
 *
 * @param data the prepared data set, with its clip bounds and scaler
 * @param scores the model's hazard probability for every global row
 * @param threshold the decision threshold chosen on validation data
 * @param epochLosses mean training loss per epoch
 * @param metrics every evaluation figure, by MLflow metric key
 */
record TrainingResult(PreparedData data, float[] scores, double threshold, List<Double> epochLosses,
        Map<String, Double> metrics) {

    TrainingResult {
        epochLosses = List.copyOf(epochLosses);
        metrics = Map.copyOf(metrics);
    }

}
