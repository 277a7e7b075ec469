package io.hvs.hazard.training;

import java.util.ArrayList;
import java.util.List;

import io.hvs.hazard.features.ClipBounds;
import io.hvs.hazard.features.FeaturePipeline;
import io.hvs.hazard.features.StandardScaler;

/**
 * The generated modules turned into model rows: the 30 features of every row of every module (global row order:
 * module by module, each in time order), the labels, the split, the clip bounds and the scaler. Clip bounds and
 * scaler are learned on the training split only.
 *
 * @param modules the generated modules
 * @param offsets global index of each module's first row
 * @param features {@code [global row][feature]}
 * @param labels per global row
 * @param split the splits and the held-out modules
 * @param clipBounds the per-sensor bounds every module is clipped with
 * @param scaler fitted on the training split
 */
record PreparedData(List<ModuleData> modules, int[] offsets, double[][] features, int[] labels, Split split,
        ClipBounds clipBounds, StandardScaler scaler) {

    static PreparedData prepare(TrainingProperties properties) {
        List<ModuleData> modules = SyntheticDataGenerator.generate(properties.generatorSettings());
        int[] offsets = new int[modules.size()];
        int total = 0;
        for (int m = 0; m < modules.size(); m++) {
            offsets[m] = total;
            total += modules.get(m).rows();
        }
        int[] labels = new int[total];
        List<Integer> heldOut = new ArrayList<>();
        List<Integer> trainingRows = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            ModuleData module = modules.get(m);
            System.arraycopy(module.labels(), 0, labels, offsets[m], module.rows());
            String rack = module.moduleId().substring(0, module.moduleId().indexOf('_'));
            if (properties.heldOutRacks().contains(rack)) {
                heldOut.add(m);
            }
            else {
                for (int t = 0; t < module.rows(); t++) {
                    trainingRows.add(offsets[m] + t);
                }
            }
        }
        checkFaults(modules, heldOut);
        Split split = Split.stratified(trainingRows.stream().mapToInt(Integer::intValue).toArray(), labels,
                properties.testFraction(), properties.validationFraction(), properties.seed(), heldOut);
        ClipBounds bounds = learnClipBounds(modules, offsets, split.train());
        double[][] features = new double[total][];
        for (int m = 0; m < modules.size(); m++) {
            double[][] rows = FeaturePipeline.transform(modules.get(m).raw(), bounds);
            System.arraycopy(rows, 0, features, offsets[m], rows.length);
        }
        StandardScaler scaler = StandardScaler.fit(features, split.train());
        return new PreparedData(modules, offsets, features, labels, split, bounds, scaler);
    }

    /**
     * The envelope of each training module's 1st..99th percentiles over its training-split rows: extreme enough to
     * keep every fault seen in training, tight enough to cut spikes beyond anything a training module showed.
     */
    private static ClipBounds learnClipBounds(List<ModuleData> modules, int[] offsets, int[] trainRows) {
        List<ClipBounds> perModule = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            int from = offsets[m];
            int to = from + modules.get(m).rows();
            int[] rows = java.util.Arrays.stream(trainRows).filter((r) -> r >= from && r < to).map((r) -> r - from)
                .toArray();
            if (rows.length > 0) {
                perModule.add(FeaturePipeline.moduleBounds(modules.get(m).raw(), rows));
            }
        }
        return ClipBounds.envelope(perModule);
    }

    private static void checkFaults(List<ModuleData> modules, List<Integer> heldOut) {
        long heldOutFaulty = heldOut.stream().filter((m) -> modules.get(m).fault().isPresent()).count();
        long faulty = modules.stream().filter((m) -> m.fault().isPresent()).count();
        if (heldOutFaulty == 0 || heldOutFaulty == faulty || heldOut.size() == modules.size()) {
            throw new IllegalArgumentException("the held-out racks must hold at least one faulty module, and the "
                    + "other racks at least one faulty module too (held out: " + heldOutFaulty + " of " + faulty + ")");
        }
    }

    /** The scaled features of the given global rows, flat row-major float32: the model's input. */
    float[] scaled(int[] rows) {
        float[] out = new float[rows.length * this.features[0].length];
        int width = this.features[0].length;
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(this.scaler.transform(this.features[rows[i]]), 0, out, i * width, width);
        }
        return out;
    }

    /** Global rows of module {@code m}, in time order. */
    int[] moduleRows(int m) {
        int[] rows = new int[this.modules.get(m).rows()];
        for (int t = 0; t < rows.length; t++) {
            rows[t] = this.offsets[m] + t;
        }
        return rows;
    }

}
