package io.hvs.hazard.mlruns;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads experiments and runs of an MLflow file store as MLflow 2.x and 3.x write them.
 * Malformed experiments are skipped with a warning, as MLflow does; a run asked for by id that
 * is malformed fails with a message naming its file. Stateless and thread-safe.
 */
public final class MlrunsReader {

    private static final System.Logger LOG = System.getLogger(MlrunsReader.class.getName());

    /** The tag MLflow reads a missing run name from. */
    public static final String RUN_NAME_TAG = "mlflow.runName";

    private final MlrunsLayout layout;

    public MlrunsReader(MlrunsLayout layout) {
        this.layout = layout;
    }

    public MlrunsLayout layout() {
        return this.layout;
    }

    /** Every well-formed experiment under the root (not {@code .trash} or {@code models}), by id. */
    public List<ExperimentMeta> experiments() {
        List<ExperimentMeta> experiments = new ArrayList<>();
        for (Path dir : subdirectories(this.layout.root())) {
            String id = dir.getFileName().toString();
            if (MlrunsLayout.isReservedRootChild(id) || !MlrunsLayout.isExperimentId(id)) {
                continue;
            }
            try {
                ExperimentMeta meta = ExperimentMeta.read(MlrunsYaml.read(this.layout.experimentMeta(id)));
                if (meta.experimentId().equals(id)) {
                    experiments.add(meta);
                }
                else {
                    LOG.log(Level.WARNING, "Skipping experiment folder {0}: meta.yaml names experiment_id {1}", dir,
                            meta.experimentId());
                }
            }
            catch (MlrunsException ex) {
                LOG.log(Level.WARNING, "Skipping malformed experiment {0}: {1}", dir, ex.getMessage());
            }
        }
        return experiments;
    }

    /** The active experiment with this name. */
    public Optional<ExperimentMeta> experimentByName(String name) {
        return experiments().stream().filter(ExperimentMeta::isActive).filter((e) -> e.name().equals(name)).findFirst();
    }

    /** The run with this id in any experiment; NOT_FOUND names the id and the root. */
    public RunMeta run(String runId) {
        MlrunsLayout.requireRunId(runId);
        if (!Files.isDirectory(this.layout.root())) {
            throw MlrunsException.notFound("run " + runId + " not found: mlruns root " + this.layout.root()
                    + " does not exist");
        }
        for (ExperimentMeta experiment : experiments()) {
            if (Files.isDirectory(this.layout.runDir(experiment.experimentId(), runId))) {
                return readRun(experiment.experimentId(), runId);
            }
        }
        throw MlrunsException.notFound("run " + runId + " not found in any experiment under " + this.layout.root());
    }

    /** The well-formed runs of an experiment, by run id. */
    public List<RunMeta> runs(String experimentId) {
        List<RunMeta> runs = new ArrayList<>();
        for (Path dir : subdirectories(this.layout.experimentDir(experimentId))) {
            String name = dir.getFileName().toString();
            if (MlrunsLayout.RESERVED_EXPERIMENT_CHILDREN.contains(name) || !MlrunsLayout.isRunId(name)) {
                continue;
            }
            try {
                runs.add(readRun(experimentId, name));
            }
            catch (MlrunsException ex) {
                LOG.log(Level.WARNING, "Skipping malformed run {0}: {1}", dir, ex.getMessage());
            }
        }
        return runs;
    }

    public Map<String, String> params(RunMeta run) {
        return KeyFiles.readAll(this.layout.paramsDir(run.experimentId(), run.runId()));
    }

    public Map<String, String> tags(RunMeta run) {
        return KeyFiles.readAll(this.layout.tagsDir(run.experimentId(), run.runId()));
    }

    /** Every metric's points in file order. */
    public Map<String, List<Metric>> metricHistory(RunMeta run) {
        Map<String, List<Metric>> history = new TreeMap<>();
        KeyFiles.list(this.layout.metricsDir(run.experimentId(), run.runId())).forEach((key, file) -> {
            List<Metric> points = TextFiles.read(file).lines().filter((line) -> !line.isBlank())
                .map((line) -> Metric.parse(line, file)).toList();
            history.put(key, points);
        });
        return history;
    }

    /** Every metric's latest point: the maximum by (step, timestamp, value), as MLflow defines it. */
    public Map<String, Metric> latestMetrics(RunMeta run) {
        Map<String, Metric> latest = new TreeMap<>();
        metricHistory(run).forEach((key, points) -> points.stream().max(Metric.LATEST_ORDER)
            .ifPresent((point) -> latest.put(key, point)));
        return latest;
    }

    /** The run's artifact directory on this machine, even when the store was written elsewhere. */
    public Path artifactsDir(RunMeta run) {
        return ArtifactLocator.runArtifacts(this.layout, run);
    }

    private RunMeta readRun(String experimentId, String runId) {
        Path file = this.layout.runMeta(experimentId, runId);
        RunMeta meta = RunMeta.read(MlrunsYaml.read(file));
        if (!meta.runId().equals(runId) || !meta.experimentId().equals(experimentId)) {
            throw MlrunsException.malformed(file, "run_id " + meta.runId() + " / experiment_id "
                    + meta.experimentId() + " do not match the folder " + experimentId + "/" + runId);
        }
        if (meta.runName().isEmpty()) {
            String tagged = tags(meta).get(RUN_NAME_TAG);
            return (tagged != null) ? meta.withRunName(tagged) : meta;
        }
        return meta;
    }

    private static List<Path> subdirectories(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList();
        }
        catch (IOException ex) {
            throw MlrunsException.io("list", dir, ex);
        }
    }

}
