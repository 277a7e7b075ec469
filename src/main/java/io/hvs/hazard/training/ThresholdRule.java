package io.hvs.hazard.training;

import java.util.Arrays;

/**
 * Chooses the decision threshold on validation data, recall first (a score {@code >= threshold} is an alarm):
 * <ol>
 * <li>{@code s} = the highest threshold whose validation recall reaches the target: the
 * {@code ceil(target * positives)}-th highest validation positive score. Every lower threshold flags at least as many
 * validation negatives, so none that reaches the target has a better precision.</li>
 * <li>Then lower it as far as it goes without flagging one more validation negative: to halfway between the highest
 * validation negative scored below {@code s} and the next higher validation score. Recall can only rise on the way,
 * precision cannot fall, and the margin on both sides keeps unseen rows near the boundary on the right side. With
 * no validation negative below {@code s}, the threshold is half the lowest validation score.</li>
 * </ol>
 */
final class ThresholdRule {

    private ThresholdRule() {
    }

    static double choose(float[] scores, int[] labels, double recallTarget) {
        float[] positives = positiveScoresDescending(scores, labels);
        if (positives.length == 0) {
            throw new IllegalArgumentException("the validation split has no hazardous row");
        }
        int needed = Math.max(1, (int) Math.ceil(recallTarget * positives.length - 1e-9));
        double highest = positives[needed - 1];
        double negativeBelow = Double.NEGATIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            lowest = Math.min(lowest, scores[i]);
            if (labels[i] == 0 && scores[i] < highest) {
                negativeBelow = Math.max(negativeBelow, scores[i]);
            }
        }
        if (negativeBelow == Double.NEGATIVE_INFINITY) {
            return lowest / 2;
        }
        double nextHigher = Double.POSITIVE_INFINITY;
        for (float score : scores) {
            if (score > negativeBelow) {
                nextHigher = Math.min(nextHigher, score);
            }
        }
        return (negativeBelow + nextHigher) / 2;
    }

    private static float[] positiveScoresDescending(float[] scores, int[] labels) {
        float[] positives = new float[(int) Arrays.stream(labels).filter((l) -> l == 1).count()];
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (labels[i] == 1) {
                positives[n++] = -scores[i];
            }
        }
        Arrays.sort(positives);
        for (int i = 0; i < positives.length; i++) {
            positives[i] = -positives[i];
        }
        return positives;
    }

}
