package io.hvs.hazard.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Row indices (into {@link PreparedData}'s global row order) of the training, validation and test splits of the
 * modules that take part in training, and the modules held out of training entirely. The three splits are
 * stratified by label: each holds the same share of hazardous rows as the whole.
 *
 * @param train rows the model and the scaler are fitted on
 * @param validation rows the decision threshold is chosen on
 * @param test rows for the test metrics
 * @param heldOutModules indices of modules never seen in training
 */
record Split(int[] train, int[] validation, int[] test, List<Integer> heldOutModules) {

    Split {
        heldOutModules = List.copyOf(heldOutModules);
    }

    /**
     * Splits the given rows: {@code testFraction} of each class to test, then {@code validationFraction} of what is
     * left to validation, the rest to training; the order within a class comes from a {@link Random} of the seed.
     */
    static Split stratified(int[] rows, int[] labels, double testFraction, double validationFraction, long seed,
            List<Integer> heldOutModules) {
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        Random random = new Random(seed);
        for (int label = 0; label <= 1; label++) {
            final int wanted = label;
            int[] members = Arrays.stream(rows).filter((r) -> labels[r] == wanted).toArray();
            shuffle(members, random);
            int testCount = (int) Math.round(members.length * testFraction);
            int validationCount = (int) Math.round((members.length - testCount) * validationFraction);
            for (int i = 0; i < members.length; i++) {
                List<Integer> target = (i < testCount) ? test
                        : (i < testCount + validationCount) ? validation : train;
                target.add(members[i]);
            }
        }
        return new Split(sorted(train), sorted(validation), sorted(test), heldOutModules);
    }

    /** Fisher-Yates with the given random, so the order is fixed by the seed. */
    static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

}
