package io.hvs.hazard.inference;

import org.tensorflow.Result;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

import io.hvs.hazard.model.LoadedModel;

/**
 * Runs one batch through the model's session: the scaled rows go in as one float32 [n, features] tensor, the
 * [n, 1] probabilities come out as a float array. No tensor leaves this class: input tensor and result are
 * closed before {@link #run} returns.
 */
final class TensorCodec {

    private TensorCodec() {
    }

    /**
     * @param model an acquired model
     * @param scaled row-major scaled features, {@code rows * model.featureCount()} values
     * @param rows the batch size
     * @return one probability per row
     */
    static float[] run(LoadedModel model, float[] scaled, int rows) {
        Shape shape = Shape.of(rows, model.featureCount());
        try (TFloat32 input = TFloat32.tensorOf(shape, DataBuffers.of(scaled, true, false));
                Result result = model.session()
                    .runner()
                    .feed(model.input(), input)
                    .fetch(model.output())
                    .run()) {
            Tensor output = result.get(0);
            if (!(output instanceof TFloat32 probabilities) || output.shape().numDimensions() != 2
                    || output.shape().size(0) != rows || output.shape().size(1) != 1) {
                throw InferenceException.internal("model output is " + output.dataType() + " " + output.shape()
                        + ", expected float32 [" + rows + ", 1]", null);
            }
            float[] values = new float[rows];
            probabilities.copyTo(DataBuffers.of(values, false, false));
            return values;
        }
    }

}
