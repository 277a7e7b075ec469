package io.hvs.hazard.inference;

/**
 * Inference could not produce an answer. The kind decides the HTTP status; the message is safe for clients
 * except for {@link Kind#INTERNAL}, whose message is only logged.
 */
public class InferenceException extends RuntimeException {

    /** Why inference failed, and the HTTP status that says so. */
    public enum Kind {

        /** No model is loaded (yet): retry later. */
        MODEL_NOT_READY(503),

        /** A valid reading whose scaled value leaves the float32 range of the model. */
        INPUT_OUT_OF_RANGE(400),

        /**
         * A raw history was sent but the served model declares no clip bounds, so its features cannot be computed
         * as training computed them; the request itself is fine, the deployment cannot do it.
         */
        HISTORIES_UNSUPPORTED(501),

        /** TensorFlow failed or answered nonsense: a bug or a broken model. */
        INTERNAL(500);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return this.status;
        }

    }

    private final Kind kind;

    private final int reading;

    private final String feature;

    private InferenceException(Kind kind, String message, int reading, String feature, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.reading = reading;
        this.feature = feature;
    }

    public static InferenceException modelNotReady(String why) {
        return new InferenceException(Kind.MODEL_NOT_READY, why, -1, null, null);
    }

    public static InferenceException inputOutOfRange(int reading, String feature) {
        return new InferenceException(Kind.INPUT_OUT_OF_RANGE,
                "is too far from the training data: its scaled value leaves the float32 range", reading, feature,
                null);
    }

    public static InferenceException historiesUnsupported(String runId) {
        return new InferenceException(Kind.HISTORIES_UNSUPPORTED, "The served model (run " + runId
                + ") has no clip bounds artifact, so it cannot compute features from raw sensor histories; send "
                + "the 30 features as readings, or serve a model trained with clip bounds.", -1, null, null);
    }

    public static InferenceException internal(String message, Throwable cause) {
        return new InferenceException(Kind.INTERNAL, message, -1, null, cause);
    }

    public Kind kind() {
        return this.kind;
    }

    /** For {@link Kind#INPUT_OUT_OF_RANGE}: the reading's index in the batch, else -1. */
    public int reading() {
        return this.reading;
    }

    /** For {@link Kind#INPUT_OUT_OF_RANGE}: the feature's name, else {@code null}. */
    public String feature() {
        return this.feature;
    }

}
