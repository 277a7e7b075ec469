package io.hvs.hazard.training;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.hvs.hazard.mlruns.MlrunsLayout;
import io.hvs.hazard.mlruns.MlrunsWriter;
import io.hvs.hazard.mlruns.RegistryWriter;
import io.hvs.hazard.mlruns.RunOptions;
import io.hvs.hazard.mlruns.RunStatus;
import io.hvs.hazard.mlruns.RunWriter;

/**
 * Trains the hazard classifier and records it as an MLflow run, with no web context:
 * {@code ./mvnw -Ptrain} (arguments: {@code -Dtrain.args="--seed=7 --mlruns=/tmp/mlruns"}, see
 * {@link TrainingProperties}). The run is registered as the next version of the registered model and the alias
 * (champion) is moved to it. The model is the same for the same seed and settings; run ids are random, as MLflow's.
 */
public final class TrainingMain {

    static final String COMMAND = "./mvnw -Ptrain";

    private TrainingMain() {
    }

    public static void main(String... args) {
        TrainingProperties properties = TrainingProperties.fromArgs(args);
        TrainedRun trained = train(properties, properties.events().isBlank() ? Optional.empty()
                : Optional.of(Path.of(properties.events())));
        System.out.printf("run %s (%s version %d, alias %s) in %.1f s%n", trained.runId(),
                properties.registeredModel(), trained.version(), properties.alias(), trained.seconds());
        trained.result().metrics().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach((e) -> System.out.printf("  %s = %s%n", e.getKey(), e.getValue()));
    }

    /**
     * Trains into the mlruns root of the properties and, if given, writes the sample payloads there.
     * @return the run's id, its registered version, the result and the wall time
     */
    static TrainedRun train(TrainingProperties properties, Optional<Path> payloadDirectory) {
        long started = System.nanoTime();
        MlrunsWriter writer = new MlrunsWriter(MlrunsLayout.of(properties.mlruns()), Clock.systemUTC(),
                new SecureRandom());
        String experimentId = writer.getOrCreateExperiment(properties.experimentName());
        String runName = modelName(properties) + "-seed" + properties.seed();
        RunWriter run = writer.startRun(experimentId,
                RunOptions.defaults().withRunName(runName).withSourceName(TrainingMain.class.getName()));
        try {
            Path savedModel = run.artifactDir(RunRecorder.MODEL_PATH).resolve(RunRecorder.SAVED_MODEL_DIR);
            TrainingResult result = TrainingPipeline.run(properties, savedModel);
            double seconds = (System.nanoTime() - started) / 1e9;
            payloadDirectory.ifPresent((dir) -> SamplePayloads.write(dir, result));
            RunRecorder.record(run, properties, result, extraParams(properties), seconds);
            gitCommit().ifPresent((commit) -> run.setTag("mlflow.source.git.commit", commit));
            run.setTag("mlflow.note.content", "HVS hazard classifier trained in Java by " + COMMAND
                    + "; metrics on validation (val_), test (test_) and held-out racks (heldout_).");
            run.finish();
            RegistryWriter registry = writer.registry();
            int version = registry.registerVersion(properties.registeredModel(), run.runId(), RunRecorder.MODEL_PATH)
                .version();
            registry.setAlias(properties.registeredModel(), properties.alias(), version);
            return new TrainedRun(run.runId(), version, result, seconds);
        }
        catch (RuntimeException ex) {
            run.finish(RunStatus.FAILED);
            throw ex;
        }
    }

    private static Map<String, String> extraParams(TrainingProperties properties) {
        Map<String, String> params = new LinkedHashMap<>();
        String args = properties.asParams().entrySet().stream()
            .filter((e) -> !e.getValue().equals(TrainingProperties.defaults().asParams().get(e.getKey())))
            .map((e) -> "--" + e.getKey() + "=" + e.getValue())
            .reduce((a, b) -> a + " " + b)
            .orElse("");
        params.put("command", args.isEmpty() ? COMMAND : COMMAND + " -Dtrain.args=\"" + args + "\"");
        params.put("model", properties.hiddenUnits().isEmpty() ? "logistic regression (dense 30 -> 1, sigmoid)"
                : "MLP " + properties.hiddenUnits() + " ReLU, sigmoid output");
        params.put("loss", "class-weighted binary cross-entropy, positive weight = negatives / positives (train)");
        params.put("optimizer", "tensorflow-framework Adam (gradients gated, beta powers after the updates)");
        params.put("clip_rule", PreprocessingArtifacts.CLIP_RULE);
        params.put("threshold_rule", "highest threshold with validation recall >= recall_target, lowered to halfway "
                + "between the highest validation negative below it and the next higher validation score");
        params.put("feature_count", Integer.toString(io.hvs.hazard.features.FeatureSchema.FEATURE_COUNT));
        params.put("interval_seconds", "10");
        return params;
    }

    static String modelName(TrainingProperties properties) {
        return properties.hiddenUnits().isEmpty() ? "logistic"
                : "mlp-" + String.join("x", properties.hiddenUnits().stream().map(String::valueOf).toList());
    }

    private static Optional<String> gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            boolean done = git.waitFor(10, TimeUnit.SECONDS);
            return (done && git.exitValue() == 0 && out.matches("[0-9a-f]{40}")) ? Optional.of(out) : Optional.empty();
        }
        catch (IOException ex) {
            return Optional.empty();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * A recorded training run.
     *
     * @param runId the MLflow run id
     * @param version the registered model version
     * @param result the training result
     * @param seconds wall time from start to the recorded run
     */
    record TrainedRun(String runId, int version, TrainingResult result, double seconds) {
    }

}
