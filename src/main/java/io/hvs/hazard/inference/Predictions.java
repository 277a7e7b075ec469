package io.hvs.hazard.inference;

import io.hvs.hazard.model.ModelSource;

/**
 * The model's answer for one batch.
 *
 * @param probabilities probability of class 1 per row, in batch order, each in [0, 1]
 * @param decisionThreshold the model's threshold: a probability at or above it is class 1
 * @param model the run that answered
 */
public record Predictions(float[] probabilities, double decisionThreshold, ModelSource model) {

    public int size() {
        return this.probabilities.length;
    }

    public double probability(int row) {
        return this.probabilities[row];
    }

    /** 1 when row {@code row} is in the hazardous window, else 0. */
    public int hazard(int row) {
        return (this.probabilities[row] >= this.decisionThreshold) ? 1 : 0;
    }

}
