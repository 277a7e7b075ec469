package io.hvs.hazard.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.framework.optimizers.Optimizer;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.family.TType;

/**
 * The hazard classifier as a TensorFlow graph: an MLP (ReLU hidden layers, sigmoid output) over the 30 standard-scaled
 * features, trained with Adam on a class-weighted binary cross-entropy. Deterministic for a seed: initial weights
 * come from a seeded {@link Random} (Glorot uniform), the graph has no random op, and the session runs every op on
 * one thread so reductions always add up in the same order.
 * <p>
 * Owns its {@link Graph} and {@link Session}; the creator closes it. Not thread-safe (training mutates variables).
 */
final class HazardGraph implements AutoCloseable {

    static final String INPUT = "features";

    static final String OUTPUT = "hazard_probability";

    private final Graph graph;

    private final Session session;

    private final Placeholder<TFloat32> features;

    private final Placeholder<TFloat32> labels;

    private final Placeholder<TFloat32> weights;

    private final Operand<TFloat32> probability;

    private final Operand<TFloat32> loss;

    private final List<Op> updates;

    private final List<Op> powerUpdates;

    private final int width;

    HazardGraph(int width, List<Integer> hiddenUnits, float learningRate, long seed) {
        this.width = width;
        this.graph = new Graph();
        try {
            Ops tf = Ops.create(this.graph);
            this.features = tf.withName(INPUT).placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, width)));
            this.labels = tf.withName("labels").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 1)));
            this.weights = tf.withName("weights").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 1)));
            Random random = new Random(seed);
            Operand<TFloat32> layer = this.features;
            int in = width;
            for (int i = 0; i < hiddenUnits.size(); i++) {
                int out = hiddenUnits.get(i);
                layer = tf.nn.relu(dense(tf, "dense_" + i, layer, in, out, random));
                in = out;
            }
            Operand<TFloat32> logits = dense(tf, "logits", layer, in, 1, random);
            this.probability = tf.withName(OUTPUT).math.sigmoid(logits);
            // Stable sigmoid cross-entropy: max(l, 0) - l * y + log(1 + exp(-|l|)).
            Operand<TFloat32> crossEntropy = tf.math.add(
                    tf.math.sub(tf.math.maximum(logits, tf.constant(0f)), tf.math.mul(logits, this.labels)),
                    tf.math.log1p(tf.math.exp(tf.math.neg(tf.math.abs(logits)))));
            this.loss = tf.withName("loss").math.mean(tf.math.mul(this.weights, crossEntropy), tf.constant(new int[] { 0, 1 }));
            OrderedAdam adam = orderedAdam(tf, learningRate);
            this.updates = adam.updates();
            this.powerUpdates = adam.powerUpdates();
            ConfigProto oneThread = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(1)
                .setInterOpParallelismThreads(1)
                .build();
            this.session = new Session(this.graph, oneThread);
            this.session.initialize();
        }
        catch (RuntimeException ex) {
            this.graph.close();
            throw ex;
        }
    }

    /** One Adam step on a batch ({@code x} row-major, {@code y} and {@code w} one value per row); the batch loss. */
    float train(float[] x, float[] y, float[] w) {
        int rows = y.length;
        try (TFloat32 tx = matrix(x, rows, this.width);
                TFloat32 ty = matrix(y, rows, 1);
                TFloat32 tw = matrix(w, rows, 1);
                Result result = targets(this.session.runner(), this.updates)
                    .feed(this.features, tx)
                    .feed(this.labels, ty)
                    .feed(this.weights, tw)
                    .fetch(this.loss)
                    .run();
                Result powers = targets(this.session.runner(), this.powerUpdates).run()) {
            return ((TFloat32) result.get(0)).getFloat();
        }
    }

    /** Hazard probabilities of scaled rows ({@code x} row-major). */
    float[] predict(float[] x) {
        int rows = x.length / this.width;
        float[] out = new float[rows];
        try (TFloat32 tx = matrix(x, rows, this.width);
                Result result = this.session.runner().feed(this.features, tx).fetch(this.probability).run()) {
            ((TFloat32) result.get(0)).copyTo(DataBuffers.of(out, false, false));
        }
        return out;
    }

    /** Writes a SavedModel with the {@code serving_default} signature: features [-1, width] to probability [-1, 1]. */
    void export(Path directory) {
        Signature signature = Signature.builder()
            .key(Signature.DEFAULT_KEY)
            .input(INPUT, this.features)
            .output(OUTPUT, this.probability)
            .build();
        try {
            SavedModelBundle.exporter(directory.toString())
                .withFunction(SessionFunction.create(signature, this.session))
                .export();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot export the SavedModel to " + directory, ex);
        }
    }

    @Override
    public void close() {
        this.session.close();
        this.graph.close();
    }

    /**
     * Adam, with every gradient computed before any variable is updated: a weight's update could otherwise run
     * before the gradient of an earlier layer reads that weight, which changes the result from run to run.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private OrderedAdam orderedAdam(Ops tf, float learningRate) {
        OrderedAdam adam = new OrderedAdam(this.graph, learningRate);
        List<Optimizer.GradAndVar<?>> gradients = adam.computeGradients(this.loss);
        List<Op> computed = new ArrayList<>();
        gradients.forEach((g) -> computed.add(tf.identity((Operand) g.getGradient())));
        Ops gated = tf.withControlDependencies(computed);
        List<Optimizer.GradAndVar<? extends TType>> ordered = new ArrayList<>();
        for (Optimizer.GradAndVar<?> g : gradients) {
            ordered.add(new Optimizer.GradAndVar(gated.identity((Operand) g.getGradient()).asOutput(),
                    g.getVariable()));
        }
        adam.applyGradients(ordered, "train");
        return adam;
    }

    private static Operand<TFloat32> dense(Ops tf, String name, Operand<TFloat32> input, int in, int out,
            Random random) {
        // Glorot uniform: U(-limit, limit), limit = sqrt(6 / (fan_in + fan_out)); biases start at 0.
        double limit = Math.sqrt(6.0 / (in + out));
        float[][] kernel = new float[in][out];
        for (float[] row : kernel) {
            for (int j = 0; j < out; j++) {
                row[j] = (float) ((random.nextDouble() * 2 - 1) * limit);
            }
        }
        Operand<TFloat32> w = tf.withName(name + "_kernel").variable(tf.constant(kernel));
        Operand<TFloat32> b = tf.withName(name + "_bias").variable(tf.constant(new float[out]));
        return tf.math.add(tf.linalg.matMul(input, w), b);
    }

    private static Session.Runner targets(Session.Runner runner, List<Op> ops) {
        ops.forEach(runner::addTarget);
        return runner;
    }

    private static TFloat32 matrix(float[] values, int rows, int columns) {
        return TFloat32.tensorOf(Shape.of(rows, columns), DataBuffers.of(values, true, false));
    }

}
