package io.hvs.hazard.mlruns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Writes one run, from {@link MlrunsWriter#startRun} until {@link #finish}. Params are
 * immutable (re-logging a different value is a CONFLICT), metrics are appended, tags replaced.
 * Not thread-safe.
 */
public final class RunWriter {

    /** The run tag listing every logged model (MLflow 2.16+ element shape). */
    public static final String LOG_MODEL_HISTORY_TAG = "mlflow.log-model.history";

    static final int MAX_PARAM_LENGTH = 6000;

    static final int MAX_TAG_LENGTH = 8000;

    private final MlrunsLayout layout;

    private final Clock clock;

    private RunMeta meta;

    RunWriter(MlrunsLayout layout, Clock clock, RunMeta meta) {
        this.layout = layout;
        this.clock = clock;
        this.meta = meta;
    }

    public String runId() {
        return this.meta.runId();
    }

    public String experimentId() {
        return this.meta.experimentId();
    }

    /** The run's meta.yaml as last written. */
    public RunMeta meta() {
        return this.meta;
    }

    /** Logs a param as {@code String.valueOf(value)}, with no trailing newline. */
    public RunWriter logParam(String key, Object value) {
        String text = String.valueOf(value);
        if (text.length() > MAX_PARAM_LENGTH) {
            throw MlrunsException.invalid("param '" + key + "' is longer than " + MAX_PARAM_LENGTH + " characters");
        }
        Path file = this.layout.paramsDir(experimentId(), runId()).resolve(KeyFiles.requireKey("param", key));
        if (Files.exists(file)) {
            String old = TextFiles.read(file);
            if (!old.equals(text)) {
                throw MlrunsException.conflict("param '" + key + "' of run " + runId() + " is already '" + old
                        + "'; params are immutable, cannot change it to '" + text + "'");
            }
            return this;
        }
        TextFiles.write(file, text);
        return this;
    }

    /** Appends a metric point timestamped now. */
    public RunWriter logMetric(String key, double value, long step) {
        return logMetric(key, value, step, this.clock.millis());
    }

    /** Appends a line {@code <timestampMillis> <value> <step>}. */
    public RunWriter logMetric(String key, double value, long step, long timestampMillis) {
        Path file = this.layout.metricsDir(experimentId(), runId()).resolve(KeyFiles.requireKey("metric", key));
        TextFiles.append(file, new Metric(timestampMillis, value, step).toLine());
        return this;
    }

    /** Sets a tag, replacing an earlier value; no trailing newline. */
    public RunWriter setTag(String key, String value) {
        if (value.length() > MAX_TAG_LENGTH) {
            throw MlrunsException.invalid("tag '" + key + "' is longer than " + MAX_TAG_LENGTH + " characters");
        }
        writeTag(key, value);
        return this;
    }

    /** The run's artifact root in this store. */
    public Path artifactsDir() {
        return this.layout.artifactsDir(experimentId(), runId());
    }

    /** A directory under the artifact root (a {@code /}-separated relative path), created if missing. */
    public Path artifactDir(String relativePath) {
        Path dir = ArtifactLocator.resolveWithin(artifactsDir(), relativePath, "run " + runId());
        TextFiles.createDirectories(dir);
        return dir;
    }

    /**
     * Writes {@code artifacts/<artifactPath>/MLmodel} (run_id and, when absent, model_size_bytes of
     * the files already there filled in) and appends the model to the log-model history tag.
     * Write the model's other files first.
     */
    public MlModel logModel(MlModel model) {
        if (model.artifactPath() == null || model.artifactPath().isBlank()) {
            throw MlrunsException.invalid("a logged model needs an artifact_path");
        }
        Path modelDir = artifactDir(model.artifactPath());
        MlModel logged = model.withRunId(runId());
        if (logged.modelSizeBytes() == null) {
            logged = logged.withModelSizeBytes(sizeOf(modelDir));
        }
        MlModelWriter.write(modelDir, logged);
        appendHistory(logged);
        return logged;
    }

    /** Marks the run FINISHED now. */
    public RunMeta finish() {
        return finish(RunStatus.FINISHED);
    }

    /** Ends the run with a terminal status and end_time now. */
    public RunMeta finish(RunStatus status) {
        this.meta = this.meta.finished(status, this.clock.millis());
        MlrunsYaml.write(this.layout.runMeta(experimentId(), runId()), this.meta.toYaml());
        return this.meta;
    }

    private void appendHistory(MlModel model) {
        Path file = this.layout.tagsDir(experimentId(), runId()).resolve(LOG_MODEL_HISTORY_TAG);
        List<Object> history = new ArrayList<>();
        if (Files.exists(file)) {
            try {
                history.addAll((List<?>) PythonJson.read(TextFiles.read(file)));
            }
            catch (JsonProcessingException | ClassCastException ex) {
                throw MlrunsException.malformed(file, "not a JSON array of logged models", ex);
            }
        }
        Map<String, Object> flavors = new LinkedHashMap<>();
        model.flavors().forEach((name, config) -> {
            Map<String, Object> copy = new LinkedHashMap<>(config);
            copy.remove("config");
            flavors.put(name, copy);
        });
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("run_id", model.runId());
        element.put("artifact_path", model.artifactPath());
        element.put("utc_time_created", model.utcTimeCreated());
        element.put("model_uuid", model.modelUuid());
        element.put("flavors", flavors);
        history.add(element);
        // The store writes this tag itself, so MLflow's tag length limit does not apply.
        writeTag(LOG_MODEL_HISTORY_TAG, PythonJson.write(history));
    }

    private void writeTag(String key, String value) {
        TextFiles.write(this.layout.tagsDir(experimentId(), runId()).resolve(KeyFiles.requireKey("tag", key)), value);
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
        }
        catch (IOException ex) {
            throw MlrunsException.io("measure", dir, ex);
        }
    }

}
