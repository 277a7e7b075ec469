package io.hvs.hazard.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The graph on a tiny separable problem (label = first feature > 0), with a hidden layer, so the MLP path is
 * covered as well as the logistic default.
 */
class HazardGraphTests {

    private static final float[] X = { 1, 0, -1, 0, 2, 1, -2, 1, 0.5f, -1, -0.5f, -1 };

    private static final float[] Y = { 1, 0, 1, 0, 1, 0 };

    private static final float[] W = { 1, 1, 1, 1, 1, 1 };

    @Test
    void learnsAndIsRepeatableForASeed() {
        float[] first = trainAndPredict(7);
        assertThat(first[0]).isGreaterThan(0.5f);
        assertThat(first[1]).isLessThan(0.5f);
        assertThat(trainAndPredict(7)).containsExactly(first);
        assertThat(trainAndPredict(8)).isNotEqualTo(first);
    }

    @Test
    void exportedModelPredictsWhatTheGraphPredicts(@TempDir Path temp) {
        float[] expected;
        try (HazardGraph graph = new HazardGraph(2, List.of(4), 0.05f, 3)) {
            for (int step = 0; step < 50; step++) {
                graph.train(X, Y, W);
            }
            expected = graph.predict(X);
            graph.export(temp.resolve("tfmodel"));
        }
        float[] actual = new float[Y.length];
        try (SavedModelBundle bundle = SavedModelBundle.load(temp.resolve("tfmodel").toString(), "serve");
                TFloat32 input = TFloat32.tensorOf(Shape.of(Y.length, 2), DataBuffers.of(X, true, false));
                Result result = bundle.call(Map.of("features", input))) {
            ((TFloat32) result.get("hazard_probability").orElseThrow()).copyTo(DataBuffers.of(actual, false, false));
        }
        assertThat(actual).containsExactly(expected, within(1e-6f));
    }

    private static float[] trainAndPredict(long seed) {
        try (HazardGraph graph = new HazardGraph(2, List.of(4), 0.05f, seed)) {
            float loss = graph.train(X, Y, W);
            for (int step = 0; step < 100; step++) {
                graph.train(X, Y, W);
            }
            assertThat(graph.train(X, Y, W)).isLessThan(loss);
            return graph.predict(X);
        }
    }

}
