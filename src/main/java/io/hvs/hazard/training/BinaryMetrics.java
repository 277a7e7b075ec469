package io.hvs.hazard.training;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Class-1 classification metrics of scores against 0/1 labels: precision, recall and F1 at a threshold
 * (a score {@code >= threshold} is an alarm), ROC-AUC (the Mann-Whitney statistic, ties counted half) and PR-AUC as
 * average precision (scikit-learn's {@code average_precision_score}: the sum over distinct score thresholds, highest
 * first, of the recall gained times the precision there).
 *
 * @param precision class-1 precision (1 when nothing is flagged)
 * @param recall class-1 recall
 * @param f1 harmonic mean of precision and recall
 * @param rocAuc area under the ROC curve
 * @param prAuc average precision
 */
record BinaryMetrics(double precision, double recall, double f1, double rocAuc, double prAuc) {

    static BinaryMetrics of(float[] scores, int[] labels, double threshold) {
        if (scores.length != labels.length || scores.length == 0) {
            throw new IllegalArgumentException("need as many labels as scores, and some");
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean alarm = scores[i] >= threshold;
            if (alarm && labels[i] == 1) {
                tp++;
            }
            else if (alarm) {
                fp++;
            }
            else if (labels[i] == 1) {
                fn++;
            }
        }
        double precision = (tp + fp == 0) ? 1.0 : tp / (double) (tp + fp);
        double recall = (tp + fn == 0) ? 0.0 : tp / (double) (tp + fn);
        double f1 = (precision + recall == 0) ? 0.0 : 2 * precision * recall / (precision + recall);
        return new BinaryMetrics(precision, recall, f1, rocAuc(scores, labels), averagePrecision(scores, labels));
    }

    static double rocAuc(float[] scores, int[] labels) {
        Integer[] order = sortedAscending(scores);
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1; // 1-based, ties share their mean rank
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    static double averagePrecision(float[] scores, int[] labels) {
        Integer[] order = sortedAscending(scores);
        long positives = Arrays.stream(labels).filter((l) -> l == 1).count();
        if (positives == 0) {
            return Double.NaN;
        }
        double weighted = 0;
        long tp = 0;
        long flagged = 0;
        int i = order.length - 1;
        while (i >= 0) {
            int j = i;
            while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]]) {
                j--;
            }
            long newTp = 0;
            for (int k = j; k <= i; k++) {
                newTp += labels[order[k]];
            }
            tp += newTp;
            flagged += i - j + 1;
            weighted += newTp * (tp / (double) flagged);
            i = j - 1;
        }
        // Dividing once at the end keeps a perfect ranking at exactly 1; the min guards the last ulp.
        return Math.min(1.0, weighted / positives);
    }

    private static Integer[] sortedAscending(float[] scores) {
        return IntStream.range(0, scores.length)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer k) -> scores[k]))
            .toArray(Integer[]::new);
    }

}
