package io.hvs.hazard.inference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TinyHazardModel;

/**
 * An mlruns store with two tiny models that answer differently: run A is the fixture model as it is; run B has
 * its scaler means moved down by {@link #B_SHIFT} standard deviations, so every scaled feature is {@code B_SHIFT}
 * larger and B's probabilities are higher. {@link #expectedA}/{@link #expectedB} compute both answers in plain
 * Java from the fixture's weights, independently of the serving code. Run A also logs training metrics.
 */
final class TwoModelStore {

    static final double B_SHIFT = 0.5;

    static final double VAL_AUC = 0.9375;

    private static final ObjectMapper JSON = new ObjectMapper();

    final Path root;

    final TestFixtures.TinyRun a;

    final TestFixtures.TinyRun b;

    TwoModelStore(Path root) {
        this.root = root;
        this.a = TestFixtures.writeRun(root, 0.5, true);
        this.b = TestFixtures.writeRun(root, 0.5, false);
        try {
            writeShiftedScaler(this.b.artifactsDir().resolve("preprocessing/scaler.json"));
            // MLflow's metric file: one "<timestamp ms> <value> <step>" line per logged point.
            Path metrics = Files.createDirectories(this.a.artifactsDir().getParent().resolve("metrics"));
            Files.writeString(metrics.resolve("val_auc"), "1700000000000 0.5 0\n1700000001000 " + VAL_AUC + " 1\n");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static double expectedA(Map<String, Double> reading) {
        return TinyHazardModel.expectedProbability(reading);
    }

    static double expectedB(Map<String, Double> reading) {
        double logit = TinyHazardModel.BIAS;
        for (int j = 0; j < TinyHazardModel.SIGNATURE_ORDER.size(); j++) {
            double x = reading.get(TinyHazardModel.SIGNATURE_ORDER.get(j));
            double mean = TinyHazardModel.mean(j) - B_SHIFT * TinyHazardModel.scale(j);
            logit += TinyHazardModel.weight(j) * ((x - mean) / TinyHazardModel.scale(j));
        }
        return 1.0 / (1.0 + Math.exp(-logit));
    }

    private static void writeShiftedScaler(Path file) throws IOException {
        List<Double> mean = new ArrayList<>();
        List<Double> scale = new ArrayList<>();
        for (int j = 0; j < TinyHazardModel.SIGNATURE_ORDER.size(); j++) {
            mean.add(TinyHazardModel.mean(j) - B_SHIFT * TinyHazardModel.scale(j));
            scale.add(TinyHazardModel.scale(j));
        }
        Map<String, Object> scaler = new LinkedHashMap<>();
        scaler.put("type", "StandardScaler");
        scaler.put("feature_names", TinyHazardModel.SIGNATURE_ORDER);
        scaler.put("mean", mean);
        scaler.put("scale", scale);
        JSON.writeValue(file.toFile(), scaler);
    }

}
