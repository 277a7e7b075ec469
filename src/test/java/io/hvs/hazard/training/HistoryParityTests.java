package io.hvs.hazard.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.hvs.hazard.api.HazardRequestDecoder;
import io.hvs.hazard.api.InvalidRequestException;
import io.hvs.hazard.api.ModuleHistory;
import io.hvs.hazard.features.ClipBounds;
import io.hvs.hazard.features.FeaturePipeline;
import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.features.SensorHistory;
import io.hvs.hazard.inference.HazardPredictor;
import io.hvs.hazard.inference.ModelHolder;
import io.hvs.hazard.inference.Predictions;
import io.hvs.hazard.model.LoadedModel;
import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.model.ModelLocator;
import io.hvs.hazard.model.ModelProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * No training/serving skew, on every module of a generated data set (16 modules x 400 steps, 5 faulty, 0.5 %
 * missing values): the raw history up to row t, sent as JSON through the serving decoder and scored by the served
 * model, yields training's 30 features of row t (to 1e-6) and training's probability and answer for row t.
 * <p>
 * Equality is exact by construction: training clips every module with the clip bounds it stores in the run, and
 * serving loads those bounds with the model; with fixed bounds, row t's features depend only on rows 0..t (gap
 * filling forwards, a leading gap backwards from the first measured value in both). Checked rows: t below, at and
 * above the 60-reading window, around each fault's onset, and every row right after a missing value. A row whose own
 * reading has a missing value cannot be the newest of a history (serving refuses it; training filled it).
 */
class HistoryParityTests {

    private static final String FAULTS = "RackA2_Module01:100:120:1.0,RackB1_Module02:150:100:1.2,"
            + "RackB4_Module01:250:100:0.6,RackA3_Module02:180:120:0.9,RackB3_Module01:260:100:0.7";

    private static final int[] FIXED_ROWS = { 0, 1, 2, 5, 29, 58, 59, 60, 61, 119, 200, 399 };

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HazardRequestDecoder DECODER = new HazardRequestDecoder(1000, 400);

    private static Path root;

    private static TrainingResult result;

    private static ModelHolder holder;

    @BeforeAll
    static void trainAndLoad() throws IOException {
        root = Files.createTempDirectory("history-parity");
        TrainingProperties properties = TrainingProperties.fromArgs("--mlruns=" + root, "--events=",
                "--modules_per_rack=2", "--steps=400", "--missing_rate=0.005", "--faults=" + FAULTS);
        result = TrainingMain.train(properties, Optional.empty()).result();
        holder = new ModelHolder();
        holder.load(() -> new ModelLoader().load(new ModelLocator(new ModelProperties(root.toString(), "", "",
                "hvs-hazard-classifier", "champion")).locate()));
    }

    @AfterAll
    static void close() throws IOException {
        holder.close();
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
        }
    }

    @Test
    void everyModulesHistoryUpToRowTGivesTrainingsFeaturesAndPrediction() throws IOException {
        PreparedData data = result.data();
        ClipBounds bounds = servedClipBounds();
        assertThat(bounds).isEqualTo(data.clipBounds());
        List<SensorHistory> histories = new ArrayList<>();
        List<Integer> globalRows = new ArrayList<>();
        int afterMissing = 0;
        for (int m = 0; m < data.modules().size(); m++) {
            ModuleData module = data.modules().get(m);
            for (int t : rowsToCheck(module)) {
                if (hasMissing(module, t)) {
                    assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> decode(module, 0, t));
                    continue;
                }
                afterMissing += (t > 0 && hasMissing(module, t - 1)) ? 1 : 0;
                ModuleHistory history = decode(module, 0, t);
                int row = data.offsets()[m] + t;
                assertThat(history.summary().readingsUsed()).isEqualTo(t + 1);
                assertThat(history.summary().shortWindow()).isEqualTo(t + 1 < FeatureSchema.LONGEST_WINDOW);
                assertThat(history.summary().filledValues()).isEqualTo(missingUpTo(module, t));
                assertFeatures(FeaturePipeline.latest(history.sensors(), bounds), data.features()[row], module, t);
                histories.add(history.sensors());
                globalRows.add(row);
            }
        }
        assertThat(afterMissing).as("rows right after a missing value").isGreaterThan(50);
        assertThat(histories).hasSizeGreaterThan(16 * FIXED_ROWS.length);
        Predictions predictions = new HazardPredictor(holder).predictLatest(histories);
        assertThat(predictions.decisionThreshold()).isEqualTo(result.threshold());
        int hazardous = 0;
        for (int i = 0; i < histories.size(); i++) {
            float expected = result.scores()[globalRows.get(i)];
            assertThat(predictions.probability(i)).as(histories.get(i) + " row " + globalRows.get(i))
                .isCloseTo(expected, within(1e-6));
            assertThat(predictions.hazard(i)).isEqualTo((expected >= result.threshold()) ? 1 : 0);
            hazardous += predictions.hazard(i);
        }
        assertThat(hazardous).as("hazardous rows among those checked").isGreaterThan(10);
    }

    @Test
    void theLast120ReadingsGiveTrainingsFeaturesWhenTheirFirstReadingIsComplete() throws IOException {
        PreparedData data = result.data();
        ClipBounds bounds = servedClipBounds();
        int checked = 0;
        for (int m = 0; m < data.modules().size(); m++) {
            ModuleData module = data.modules().get(m);
            for (int t = 119; t < module.rows(); t += 7) {
                if (hasMissing(module, t) || hasMissing(module, t - 119)) {
                    continue;
                }
                ModuleHistory history = decode(module, t - 119, t);
                assertFeatures(FeaturePipeline.latest(history.sensors(), bounds),
                        data.features()[data.offsets()[m] + t], module, t);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(16 * 30);
    }

    private static ClipBounds servedClipBounds() {
        LoadedModel model = holder.acquire();
        try {
            return model.clipBounds().orElseThrow();
        }
        finally {
            model.release();
        }
    }

    private static TreeSet<Integer> rowsToCheck(ModuleData module) {
        TreeSet<Integer> rows = new TreeSet<>();
        for (int t : FIXED_ROWS) {
            rows.add(t);
        }
        module.fault().ifPresent((fault) -> {
            rows.add(fault.onsetStep());
            rows.add(fault.onsetStep() + 1);
            rows.add(fault.onsetStep() + 30);
        });
        for (int t = 0; t + 1 < module.rows(); t++) {
            if (hasMissing(module, t)) {
                rows.add(t);
                rows.add(t + 1);
            }
        }
        return rows;
    }

    private static void assertFeatures(double[] served, double[] trained, ModuleData module, int t) {
        for (int f = 0; f < FeatureSchema.FEATURE_COUNT; f++) {
            assertThat(served[f]).as("%s row %d %s", module.moduleId(), t, FeatureSchema.FEATURE_NAMES.get(f))
                .isCloseTo(trained[f], within(1e-6));
        }
    }

    /** Rows from..to as a one-history request body, decoded by the serving decoder. */
    private static ModuleHistory decode(ModuleData module, int from, int to) throws IOException {
        List<Map<String, Object>> readings = new ArrayList<>();
        for (int t = from; t <= to; t++) {
            Map<String, Object> reading = new LinkedHashMap<>();
            reading.put(FeatureSchema.TIMESTAMP, timestamp(module, t));
            for (int c = 0; c < FeatureSchema.SENSOR_COLUMNS.size(); c++) {
                double value = module.raw().column(c)[t];
                // A missing value is sent as null or left out, alternately.
                if (!Double.isNaN(value) || t % 2 == 0) {
                    reading.put(FeatureSchema.SENSOR_COLUMNS.get(c), Double.isNaN(value) ? null : value);
                }
            }
            readings.add(reading);
        }
        Map<String, Object> history = Map.of(FeatureSchema.MODULE_ID, module.moduleId(), "readings", readings);
        return DECODER.decode(JSON.writeValueAsBytes(Map.of("histories", List.of(history)))).histories().get(0);
    }

    /** RFC 3339 for even module numbers, the data set's "yyyy-MM-dd HH:mm:ss" (UTC) for odd ones. */
    private static String timestamp(ModuleData module, int t) {
        long second = module.epochSecond(t);
        if (module.moduleId().endsWith("1")) {
            return LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
        return Instant.ofEpochSecond(second).toString();
    }

    private static boolean hasMissing(ModuleData module, int t) {
        for (int c = 0; c < FeatureSchema.SENSOR_COLUMNS.size(); c++) {
            if (Double.isNaN(module.raw().column(c)[t])) {
                return true;
            }
        }
        return false;
    }

    private static int missingUpTo(ModuleData module, int t) {
        int missing = 0;
        for (int c = 0; c < FeatureSchema.SENSOR_COLUMNS.size(); c++) {
            double[] column = module.raw().column(c);
            for (int r = 0; r <= t; r++) {
                missing += Double.isNaN(column[r]) ? 1 : 0;
            }
        }
        return missing;
    }

}
