package io.hvs.hazard.mlruns;

/**
 * The keys of the MLmodel {@code metadata} map that the team's training writes and serving reads
 * (a project convention, not MLflow's); one place so the two sides cannot drift.
 */
public final class ModelMetadataKeys {

    /** Int; serving refuses a model whose schema version it does not know. */
    public static final String SCHEMA_VERSION = "hvs_schema_version";

    /** Run-relative path of the scaler JSON, e.g. {@code preprocessing/scaler.json}. */
    public static final String SCALER_ARTIFACT = "scaler_artifact";

    /** Run-relative path of the clipping bounds JSON, e.g. {@code preprocessing/clip_bounds.json}. */
    public static final String CLIP_BOUNDS_ARTIFACT = "clip_bounds_artifact";

    /** Double; probability at or above which a reading is a hazard. */
    public static final String DECISION_THRESHOLD = "decision_threshold";

    /** The SavedModel signature's input name, e.g. {@code features}. */
    public static final String TENSOR_INPUT = "tensor_input";

    /** The SavedModel signature's output name, e.g. {@code hazard_probability}. */
    public static final String TENSOR_OUTPUT = "tensor_output";

    private ModelMetadataKeys() {
    }

}
