package io.hvs.hazard.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;
import org.tensorflow.Signature.TensorDescription;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.DataType;

import io.hvs.hazard.features.ClipBounds;
import io.hvs.hazard.features.FeatureSchema;

/**
 * Loads a located run into a {@link LoadedModel}: reads MLmodel, the scaler and (when MLmodel declares them) the
 * clip bounds, checks them against the {@link FeatureSchema}, loads the SavedModel and checks its serving signature. Every failure is a
 * {@link ModelLoadException} naming the file or feature; nothing native is left open when loading fails.
 */
public final class ModelLoader {

    /**
     * Every op in the calling (request) thread, no intra-op pool: the model is a small MLP, so TensorFlow's
     * hand-offs to its pools cost more than the maths, and concurrency comes from the requests already. Measured
     * with the benchmark (issue 7): about 30 us less server CPU per single-reading request than the defaults.
     * In a holder class so that protobuf's initialisation (~0.1 s) runs in the first load, on the loader thread,
     * not where Spring creates this bean on the main thread.
     */
    private static final class SessionConfig {

        static final ConfigProto VALUE = ConfigProto.newBuilder()
            .setInterOpParallelismThreads(-1)
            .setIntraOpParallelismThreads(1)
            .build();

    }

    /**
     * Loads the model of {@code source}.
     * @param source the located run
     * @return the model; the caller owns it and closes it
     * @throws ModelLoadException when the run cannot be served
     */
    public LoadedModel load(ModelSource source) {
        ModelSpec spec = ModelSpecReader.read(source.modelDir());
        int[] schemaIndex = checkSignatureInputs(spec.inputNames(), source);
        ScalerArtifact scaler = ScalerArtifact.read(source.artifactsDir().resolve(spec.scalerArtifact()));
        checkScaler(scaler, spec.inputNames(), source);
        // A model that declares clip bounds must have them: without them it could not serve raw histories.
        Optional<ClipBounds> clipBounds = Optional.ofNullable(spec.clipBoundsArtifact())
            .map((artifact) -> ClipBoundsArtifact.read(source.artifactsDir().resolve(artifact)));
        Path savedModel = source.modelDir().resolve(spec.savedModelDir());
        if (!Files.isRegularFile(savedModel.resolve("saved_model.pb"))) {
            throw new ModelLoadException("SavedModel not found: " + savedModel.resolve("saved_model.pb"));
        }
        SavedModelBundle bundle = loadBundle(savedModel, spec);
        try {
            Signature signature = findSignature(bundle, spec.signatureKey(), savedModel);
            String input = tensor(signature.getInputs().get(spec.tensorInput()), "input", spec.tensorInput(),
                    FeatureSchema.FEATURE_COUNT, savedModel);
            String output = tensor(signature.getOutputs().get(spec.tensorOutput()), "output",
                    spec.tensorOutput(), 1, savedModel);
            return new LoadedModel(source, spec, schemaIndex, scaler, clipBounds, bundle, input, output);
        }
        catch (RuntimeException ex) {
            bundle.close();
            throw ex;
        }
    }

    private static SavedModelBundle loadBundle(Path savedModel, ModelSpec spec) {
        try {
            return SavedModelBundle.loader(savedModel.toString())
                .withTags(spec.metaGraphTags().toArray(String[]::new))
                .withConfigProto(SessionConfig.VALUE)
                .load();
        }
        catch (RuntimeException ex) {
            throw new ModelLoadException("cannot load SavedModel " + savedModel + " with tags "
                    + spec.metaGraphTags() + ": " + ex.getMessage(), ex);
        }
    }

    private static int[] checkSignatureInputs(List<String> inputs, ModelSource source) {
        Set<String> seen = new HashSet<>();
        int[] schemaIndex = new int[inputs.size()];
        for (int j = 0; j < inputs.size(); j++) {
            String name = inputs.get(j);
            int index = FeatureSchema.FEATURE_NAMES.indexOf(name);
            if (index < 0) {
                throw new ModelLoadException("run " + source.runId() + ": MLmodel signature input '" + name
                        + "' is not one of the 30 features");
            }
            if (!seen.add(name)) {
                throw new ModelLoadException("run " + source.runId() + ": MLmodel signature input '" + name
                        + "' appears twice");
            }
            schemaIndex[j] = index;
        }
        for (String feature : FeatureSchema.FEATURE_NAMES) {
            if (!seen.contains(feature)) {
                throw new ModelLoadException("run " + source.runId() + ": MLmodel signature lacks feature '"
                        + feature + "'");
            }
        }
        return schemaIndex;
    }

    private static void checkScaler(ScalerArtifact scaler, List<String> inputs, ModelSource source) {
        List<String> names = scaler.featureNames();
        for (int j = 0; j < Math.max(names.size(), inputs.size()); j++) {
            String scalerName = (j < names.size()) ? names.get(j) : "(none)";
            String inputName = (j < inputs.size()) ? inputs.get(j) : "(none)";
            if (!scalerName.equals(inputName)) {
                throw new ModelLoadException("run " + source.runId() + ": scaler feature_names[" + j + "] is '"
                        + scalerName + "' but signature input " + j + " is '" + inputName + "'");
            }
        }
    }

    private static Signature findSignature(SavedModelBundle bundle, String key, Path savedModel) {
        return bundle.signatures()
            .stream()
            .filter((signature) -> signature.key().equals(key))
            .findFirst()
            .orElseThrow(() -> new ModelLoadException("SavedModel " + savedModel + " has no signature '" + key + "'"));
    }

    private static String tensor(TensorDescription description, String kind, String name, long columns,
            Path savedModel) {
        if (description == null) {
            throw new ModelLoadException("SavedModel " + savedModel + " signature has no " + kind + " '" + name + "'");
        }
        boolean shapeOk = description.shape.numDimensions() == 2 && description.shape.size(0) == -1
                && description.shape.size(1) == columns;
        if (description.dataType != DataType.DT_FLOAT || !shapeOk) {
            throw new ModelLoadException("SavedModel " + savedModel + " signature " + kind + " '" + name
                    + "' is " + description.dataType + " " + description.shape + ", expected DT_FLOAT [-1, "
                    + columns + "]");
        }
        return description.name;
    }

}
