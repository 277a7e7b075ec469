package io.hvs.hazard.model;

import java.util.List;

/**
 * What serving needs from an {@code MLmodel} file (tensorflow flavor, signature and the hvs metadata).
 *
 * @param savedModelDir the SavedModel folder, relative to the model folder
 * @param metaGraphTags the tags to load the SavedModel with
 * @param signatureKey the SavedModel signature to call
 * @param inputNames the signature's column inputs, in the order the tensor's columns are fed
 * @param outputNames the signature's outputs
 * @param scalerArtifact the scaler JSON, relative to the run's artifacts folder
 * @param decisionThreshold probabilities at or above it are class 1
 * @param tensorInput the SavedModel signature's input name
 * @param tensorOutput the SavedModel signature's output name
 * @param clipBoundsArtifact the per-sensor clip bounds JSON, relative to the artifacts folder, or {@code null} when
 * the model declares none (it then serves feature readings only, not raw histories)
 */
public record ModelSpec(String savedModelDir, List<String> metaGraphTags, String signatureKey, List<String> inputNames,
        List<String> outputNames, String scalerArtifact, double decisionThreshold, String tensorInput,
        String tensorOutput, String clipBoundsArtifact) {

    public ModelSpec {
        metaGraphTags = List.copyOf(metaGraphTags);
        inputNames = List.copyOf(inputNames);
        outputNames = List.copyOf(outputNames);
    }

}
