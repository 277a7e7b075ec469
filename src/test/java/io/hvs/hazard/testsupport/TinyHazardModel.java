package io.hvs.hazard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.tensorflow.Graph;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

import io.hvs.hazard.features.FeatureSchema;

/**
 * A real TensorFlow SavedModel with fixed, known weights: a logistic regression over the 30 standard-scaled
 * features. Its signature order is the REVERSE of {@link FeatureSchema#FEATURE_NAMES}, so a serving path that
 * ignored the signature's order would be caught. {@link #expectedProbability} computes the answer in plain Java,
 * independently of the code under test.
 */
public final class TinyHazardModel {

    /** The signature (and scaler, and tensor column) order of the fixture model. */
    public static final List<String> SIGNATURE_ORDER = reversed(FeatureSchema.FEATURE_NAMES);

    public static final double BIAS = -3.0;

    private TinyHazardModel() {
    }

    /** The fitted mean of the feature at signature position {@code j}. */
    public static double mean(int j) {
        return 10.0 + j;
    }

    /** The fitted scale of the feature at signature position {@code j}. */
    public static double scale(int j) {
        // Position 0 gets a scale below 1, so a huge but float-representable value overflows once scaled.
        return 0.25 + 0.5 * j;
    }

    /** The weight of the scaled feature at signature position {@code j}: hot and gassy is hazardous. */
    public static double weight(int j) {
        String name = SIGNATURE_ORDER.get(j);
        if (name.equals(FeatureSchema.AVG_TEMP) || name.equals(FeatureSchema.MAX_TEMP) || name.equals(FeatureSchema.CO)
                || name.equals(FeatureSchema.H2) || name.equals(FeatureSchema.VOC)) {
            return 0.8;
        }
        if (name.equals(FeatureSchema.SOC) || name.equals(FeatureSchema.VOLTAGE)) {
            return -0.5;
        }
        return 0.01 * ((j % 5) - 2);
    }

    /** sigmoid(w . ((x - mean) / scale) + b), in double precision, from a reading keyed by feature name. */
    public static double expectedProbability(Map<String, Double> reading) {
        double logit = BIAS;
        for (int j = 0; j < SIGNATURE_ORDER.size(); j++) {
            double x = reading.get(SIGNATURE_ORDER.get(j));
            logit += weight(j) * ((x - mean(j)) / scale(j));
        }
        return 1.0 / (1.0 + Math.exp(-logit));
    }

    /** Exports the SavedModel (signature serving_default: features [-1,30] -> hazard_probability [-1,1]). */
    public static void exportSavedModel(Path dir) {
        int n = SIGNATURE_ORDER.size();
        float[] weights = new float[n];
        for (int j = 0; j < n; j++) {
            weights[j] = (float) weight(j);
        }
        try (Graph graph = new Graph(); Session session = new Session(graph)) {
            Ops tf = Ops.create(graph);
            Placeholder<TFloat32> features = tf.withName("features")
                .placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, n)));
            var w = tf.constant(Shape.of(n, 1), DataBuffers.of(weights, true, false));
            var logit = tf.math.add(tf.linalg.matMul(features, w), tf.constant((float) BIAS));
            var probability = tf.withName("probability").math.sigmoid(logit);
            Signature signature = Signature.builder()
                .key(Signature.DEFAULT_KEY)
                .input("features", features)
                .output("hazard_probability", probability)
                .build();
            SavedModelBundle.exporter(dir.toString()).withFunction(SessionFunction.create(signature, session)).export();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<String> reversed(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        Collections.reverse(copy);
        return List.copyOf(copy);
    }

}
