package io.hvs.hazard.inference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hvs.hazard.features.FeatureSchema;
import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.model.ModelLocator;
import io.hvs.hazard.model.ModelProperties;
import io.hvs.hazard.training.TrainingMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training and serving meet: a real (reduced) training run into a temporary mlruns, located by its registry alias,
 * loaded by the serving loader and asked about the sample payloads training wrote.
 */
class TrainedModelServingTests {

    private static final String FAULTS = "RackA2_Module01:360:200:1.0,RackB1_Module02:700:220:1.2,"
            + "RackB4_Module02:1300:240:0.6,RackA3_Module02:1500:200:0.9";

    @Test
    void servingLoaderAnswersTheTrainedModelsPayloads(@TempDir Path temp) throws IOException {
        TrainingMain.main("--mlruns=" + temp.resolve("mlruns"), "--events=" + temp.resolve("events"),
                "--modules_per_rack=2", "--faults=" + FAULTS);
        ModelProperties properties = new ModelProperties(temp.resolve("mlruns").toString(), "", "",
                "hvs-hazard-classifier", "champion");
        try (ModelHolder holder = new ModelHolder()) {
            holder.load(() -> new ModelLoader().load(new ModelLocator(properties).locate()));
            HazardPredictor predictor = new HazardPredictor(holder);
            Predictions normal = predictor.predict(rows(temp.resolve("events/test_payload.json")));
            Predictions hazardous = predictor.predict(rows(temp.resolve("events/test_payload_hazardous.json")));
            assertThat(normal.hazard(0)).isZero();
            assertThat(hazardous.hazard(0)).isOne();
            assertThat(hazardous.decisionThreshold()).isBetween(0.0, 1.0);
        }
    }

    /** The readings of an API payload file as feature rows in schema order. */
    static List<double[]> rows(Path payload) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (JsonNode reading : new ObjectMapper().readTree(payload.toFile()).get("readings")) {
            double[] row = new double[FeatureSchema.FEATURE_COUNT];
            for (int f = 0; f < row.length; f++) {
                row[f] = reading.get(FeatureSchema.FEATURE_NAMES.get(f)).asDouble();
            }
            rows.add(row);
        }
        return rows;
    }

}
