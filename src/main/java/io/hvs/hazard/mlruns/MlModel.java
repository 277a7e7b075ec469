package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code MLmodel} file (MLflow 2.x {@code Model.to_dict()}).
 *
 * @param artifactPath the run-relative model path, e.g. {@code model}
 * @param flavors flavor name to its config, in insertion order
 * @param modelUuid 32 hex digits
 * @param runId the run the model was logged in, or null
 * @param utcTimeCreated {@code YYYY-MM-DD HH:MM:SS[.ffffff]} in UTC, see {@link #formatUtcTime}
 * @param mlflowVersion the MLflow version the file claims, or null
 * @param signature the signature, or null
 * @param savedInputExampleInfo e.g. {@code artifact_path: input_example.json, type: ndarray}, or null
 * @param modelSizeBytes total bytes of the model directory, or null
 * @param metadata the free-form metadata map (the team's hvs_* keys), never null
 */
public record MlModel(String artifactPath, Map<String, Map<String, Object>> flavors, String modelUuid, String runId,
        String utcTimeCreated, String mlflowVersion, ModelSignature signature,
        Map<String, Object> savedInputExampleInfo, Long modelSizeBytes, Map<String, Object> metadata) {

    /** The MLflow release whose file layout this package writes. */
    public static final String MLFLOW_VERSION = "2.20.0";

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneOffset.UTC);

    public MlModel {
        flavors = Collections.unmodifiableMap(new LinkedHashMap<>(flavors));
        metadata = (metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(metadata)) : Map.of();
    }

    /** A model with a tensorflow and a python_function flavor, created now, claiming {@link #MLFLOW_VERSION}. */
    public static MlModel tensorflow(String artifactPath, TensorflowFlavor tensorflow, PythonFunctionFlavor pyfunc,
            ModelSignature signature, Map<String, Object> metadata, String modelUuid, Instant created) {
        Map<String, Map<String, Object>> flavors = new LinkedHashMap<>();
        flavors.put(TensorflowFlavor.FLAVOR_NAME, tensorflow.toConfig());
        flavors.put(PythonFunctionFlavor.FLAVOR_NAME, pyfunc.toConfig());
        return new MlModel(artifactPath, flavors, modelUuid, null, formatUtcTime(created), MLFLOW_VERSION, signature,
                null, null, metadata);
    }

    /** Python's {@code str(datetime.utcnow())}: microseconds only when non-zero. */
    public static String formatUtcTime(Instant instant) {
        int micros = instant.getNano() / 1000;
        String seconds = SECONDS.format(instant);
        return (micros == 0) ? seconds : seconds + "." + String.format("%06d", micros);
    }

    /** The tensorflow flavor, if the model has one. */
    public Optional<TensorflowFlavor> tensorflowFlavor() {
        Map<String, Object> config = this.flavors.get(TensorflowFlavor.FLAVOR_NAME);
        return Optional.ofNullable(config).map((c) -> TensorflowFlavor.from(c, Path.of(MlrunsLayout.MLMODEL)));
    }

    /** The signature's input column names in signature order; empty without a signature. */
    public List<String> inputNames() {
        return (this.signature != null) ? this.signature.inputNames() : List.of();
    }

    public MlModel withRunId(String id) {
        return new MlModel(this.artifactPath, this.flavors, this.modelUuid, id, this.utcTimeCreated,
                this.mlflowVersion, this.signature, this.savedInputExampleInfo, this.modelSizeBytes, this.metadata);
    }

    public MlModel withSavedInputExampleInfo(Map<String, Object> info) {
        return new MlModel(this.artifactPath, this.flavors, this.modelUuid, this.runId, this.utcTimeCreated,
                this.mlflowVersion, this.signature, info, this.modelSizeBytes, this.metadata);
    }

    public MlModel withModelSizeBytes(Long bytes) {
        return new MlModel(this.artifactPath, this.flavors, this.modelUuid, this.runId, this.utcTimeCreated,
                this.mlflowVersion, this.signature, this.savedInputExampleInfo, bytes, this.metadata);
    }

}
