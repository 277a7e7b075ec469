package io.hvs.hazard.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import io.hvs.hazard.features.FeatureSchema;

/**
 * Data, model and evaluation of one training run: generate and prepare the data, train, choose the threshold on
 * validation, evaluate on test and on the held-out modules, and export the SavedModel.
 */
final class TrainingPipeline {

    private TrainingPipeline() {
    }

    static TrainingResult run(TrainingProperties properties, Path savedModelDir) {
        PreparedData data = PreparedData.prepare(properties);
        try (HazardGraph graph = new HazardGraph(FeatureSchema.FEATURE_COUNT, properties.hiddenUnits(),
                properties.learningRate(), properties.seed())) {
            List<Double> losses = HazardTrainer.train(graph, data, properties);
            int[] all = IntStream.range(0, data.labels().length).toArray();
            float[] scores = graph.predict(data.scaled(all));
            Split split = data.split();
            double threshold = ThresholdRule.choose(pick(scores, split.validation()),
                    pick(data.labels(), split.validation()), properties.recallTarget());
            Map<String, Double> metrics = new TreeMap<>();
            metrics.put("decision_threshold", threshold);
            metrics.put("train_positive_weight", HazardTrainer.positiveWeight(split.train(), data.labels()));
            put(metrics, "val", split.validation(), scores, data.labels(), threshold);
            put(metrics, "test", split.test(), scores, data.labels(), threshold);
            int[] heldOutRows = split.heldOutModules().stream().flatMapToInt((m) -> IntStream.of(data.moduleRows(m)))
                .toArray();
            put(metrics, "heldout", heldOutRows, scores, data.labels(), threshold);
            Map<Integer, float[]> heldOutScores = new LinkedHashMap<>();
            split.heldOutModules().forEach((m) -> heldOutScores.put(m, pick(scores, data.moduleRows(m))));
            HeldOutEvaluation heldOut = HeldOutEvaluation.of(data.modules(), heldOutScores, threshold);
            heldOut.leadTimeSeconds().forEach((id, s) -> metrics.put("heldout_lead_time_s_" + id, s));
            metrics.put("heldout_max_lead_time_s", heldOut.maxLeadTimeSeconds());
            metrics.put("heldout_normal_module_days", heldOut.normalModuleDays());
            metrics.put("heldout_normal_false_alarms_per_module_day", heldOut.falseAlarmsPerModuleDay());
            metrics.put("heldout_normal_false_alarm_readings_per_module_day", heldOut.falseAlarmReadingsPerModuleDay());
            graph.export(savedModelDir);
            return new TrainingResult(data, scores, threshold, losses, metrics);
        }
    }

    private static void put(Map<String, Double> metrics, String prefix, int[] rows, float[] scores, int[] labels,
            double threshold) {
        BinaryMetrics m = BinaryMetrics.of(pick(scores, rows), pick(labels, rows), threshold);
        metrics.put(prefix + "_precision_1", m.precision());
        metrics.put(prefix + "_recall_1", m.recall());
        metrics.put(prefix + "_f1_1", m.f1());
        metrics.put(prefix + "_roc_auc", m.rocAuc());
        metrics.put(prefix + "_pr_auc", m.prAuc());
    }

    static float[] pick(float[] values, int[] rows) {
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    static int[] pick(int[] values, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

}
