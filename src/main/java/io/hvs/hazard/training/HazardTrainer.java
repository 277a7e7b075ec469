package io.hvs.hazard.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mini-batch training of a {@link HazardGraph} on the training split. Class weighting as in the original system:
 * each hazardous row weighs {@code negatives / positives} of the training split, each normal row 1. The batch order
 * of every epoch is a shuffle from a {@link Random} of the seed, so the run is repeatable.
 */
final class HazardTrainer {

    private HazardTrainer() {
    }

    /** Trains in place; returns the mean batch loss of each epoch. */
    static List<Double> train(HazardGraph graph, PreparedData data, TrainingProperties properties) {
        int[] rows = data.split().train().clone();
        double positiveWeight = positiveWeight(rows, data.labels());
        Random random = new Random(properties.seed() + 1);
        List<Double> epochLosses = new ArrayList<>();
        for (int epoch = 0; epoch < properties.epochs(); epoch++) {
            Split.shuffle(rows, random);
            double lossSum = 0;
            int batches = 0;
            for (int from = 0; from < rows.length; from += properties.batchSize()) {
                int[] batch = Arrays.copyOfRange(rows, from, Math.min(rows.length, from + properties.batchSize()));
                float[] y = new float[batch.length];
                float[] w = new float[batch.length];
                for (int i = 0; i < batch.length; i++) {
                    y[i] = data.labels()[batch[i]];
                    w[i] = (y[i] == 1f) ? (float) positiveWeight : 1f;
                }
                lossSum += graph.train(data.scaled(batch), y, w);
                batches++;
            }
            epochLosses.add(lossSum / batches);
        }
        return epochLosses;
    }

    static double positiveWeight(int[] rows, int[] labels) {
        long positives = Arrays.stream(rows).filter((r) -> labels[r] == 1).count();
        if (positives == 0) {
            throw new IllegalArgumentException("the training split has no hazardous row");
        }
        return (rows.length - positives) / (double) positives;
    }

}
