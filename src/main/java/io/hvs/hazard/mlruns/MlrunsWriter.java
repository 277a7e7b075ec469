package io.hvs.hazard.mlruns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;

/**
 * Writes an MLflow 2.x file store. Opening it creates the root, the {@code Default} experiment
 * {@code 0/} and {@code .trash/}, as MLflow's FileStore does (and must: clients default to "0").
 * Ids come from the supplied Random and times from the Clock, so a seeded training run writes the
 * same ids every time. Not thread-safe: one writer per process writes a store.
 */
public final class MlrunsWriter {

    private final MlrunsLayout layout;

    private final Clock clock;

    private final Random random;

    private final MlrunsReader reader;

    public MlrunsWriter(MlrunsLayout layout, Clock clock, Random random) {
        this.layout = layout;
        this.clock = clock;
        this.random = random;
        this.reader = new MlrunsReader(layout);
        TextFiles.createDirectories(layout.root());
        if (!Files.exists(layout.experimentMeta(MlrunsLayout.DEFAULT_EXPERIMENT_ID))) {
            createExperiment(MlrunsLayout.DEFAULT_EXPERIMENT_ID, MlrunsLayout.DEFAULT_EXPERIMENT_NAME);
        }
        TextFiles.createDirectories(layout.trashDir());
    }

    /** A writer with the system clock and a secure random (non-reproducible ids). */
    public static MlrunsWriter open(Path root) {
        return new MlrunsWriter(MlrunsLayout.of(root), Clock.systemUTC(), new SecureRandom());
    }

    public MlrunsLayout layout() {
        return this.layout;
    }

    /** The id of the active experiment with this name, created with a random 18-digit id if missing. */
    public String getOrCreateExperiment(String name) {
        if (name == null || name.isBlank()) {
            throw MlrunsException.invalid("experiment name must not be blank");
        }
        var existing = this.reader.experimentByName(name);
        if (existing.isPresent()) {
            return existing.get().experimentId();
        }
        String id = Ids.experimentId(this.random);
        while (Files.exists(this.layout.experimentDir(id))) {
            id = Ids.experimentId(this.random);
        }
        createExperiment(id, name);
        return id;
    }

    /**
     * Starts a run (status RUNNING): meta.yaml, params/, metrics/, artifacts/ and the tags
     * mlflow.runName, mlflow.user, mlflow.source.type (and mlflow.source.name when given).
     * CONFLICT when the run id exists already.
     */
    public RunWriter startRun(String experimentId, RunOptions options) {
        ExperimentMeta experiment = ExperimentMeta.read(MlrunsYaml.read(this.layout.experimentMeta(experimentId)));
        String runId = (options.runId() != null) ? options.runId() : Ids.uuidHex(this.random);
        Path runDir = this.layout.runDir(experimentId, runId);
        if (Files.exists(runDir)) {
            throw MlrunsException.conflict("run " + runId + " exists already at " + runDir);
        }
        String runName = (options.runName() != null) ? options.runName() : Ids.runName(this.random);
        String userId = (options.userId() != null) ? options.userId() : System.getProperty("user.name", "unknown");
        String location = (experiment.artifactLocation() != null) ? experiment.artifactLocation()
                : FileUris.toFileUri(this.layout.experimentDir(experimentId));
        RunMeta meta = new RunMeta(runId, experimentId, runName, userId, RunStatus.RUNNING, this.clock.millis(), null,
                appendToUriPath(location, runId + "/" + MlrunsLayout.ARTIFACTS), RunMeta.ACTIVE);
        TextFiles.createDirectories(this.layout.metricsDir(experimentId, runId));
        TextFiles.createDirectories(this.layout.paramsDir(experimentId, runId));
        TextFiles.createDirectories(this.layout.artifactsDir(experimentId, runId));
        MlrunsYaml.write(this.layout.runMeta(experimentId, runId), meta.toYaml());
        RunWriter run = new RunWriter(this.layout, this.clock, meta);
        run.setTag(MlrunsReader.RUN_NAME_TAG, runName);
        run.setTag("mlflow.user", userId);
        run.setTag("mlflow.source.type", "LOCAL");
        if (options.sourceName() != null) {
            run.setTag("mlflow.source.name", options.sourceName());
        }
        return run;
    }

    /** The model registry of this store. */
    public RegistryWriter registry() {
        return new RegistryWriter(this.layout, this.clock);
    }

    private void createExperiment(String id, String name) {
        long now = this.clock.millis();
        ExperimentMeta meta = new ExperimentMeta(id, name, FileUris.toFileUri(this.layout.experimentDir(id)),
                RunMeta.ACTIVE, now, now);
        MlrunsYaml.write(this.layout.experimentMeta(id), meta.toYaml());
    }

    private static String appendToUriPath(String base, String path) {
        return base.endsWith("/") ? base + path : base + "/" + path;
    }

}
