package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The only place that names the folders and files of an MLflow file store. Every id and name
 * that becomes a path segment is validated here, so a URI or YAML value can never escape the root.
 *
 * @param root the absolute, normalized tracking root (the {@code mlruns} folder)
 */
public record MlrunsLayout(Path root) {

    /** The metadata file of experiments, runs, registered models and versions. */
    public static final String META_YAML = "meta.yaml";

    public static final String PARAMS = "params";

    public static final String METRICS = "metrics";

    public static final String TAGS = "tags";

    public static final String ARTIFACTS = "artifacts";

    public static final String TRASH = ".trash";

    /** The model registry folder under the root. */
    public static final String MODELS = "models";

    public static final String ALIASES = "aliases";

    public static final String VERSION_PREFIX = "version-";

    /** The model description file in a model's root directory. */
    public static final String MLMODEL = "MLmodel";

    public static final String DEFAULT_EXPERIMENT_ID = "0";

    public static final String DEFAULT_EXPERIMENT_NAME = "Default";

    /** Experiment sub-folders that are never runs (MLflow 2.10 to 3.x). */
    static final Set<String> RESERVED_EXPERIMENT_CHILDREN = Set.of(TAGS, "datasets", "traces", MODELS);

    private static final Pattern EXPERIMENT_ID = Pattern.compile("^[a-zA-Z0-9][\\w\\-]{0,63}$");

    private static final Pattern RUN_ID = Pattern.compile("^[a-zA-Z0-9][\\w\\-]{0,255}$");

    private static final Pattern VERSION_DIR = Pattern.compile("^version-([0-9]{1,9})$");

    public MlrunsLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** The store at {@code root}. */
    public static MlrunsLayout of(Path root) {
        return new MlrunsLayout(root);
    }

    /**
     * The store named by an MLFLOW_TRACKING_URI value: a plain path or a {@code file:} URI; blank
     * means {@code ./mlruns}. Any other scheme (http:, sqlite: ...) is not a file store.
     */
    public static MlrunsLayout fromTrackingUri(String trackingUri) {
        if (trackingUri == null || trackingUri.isBlank()) {
            return of(Path.of("mlruns"));
        }
        return of(FileUris.toLocalPath(trackingUri.strip())
            .orElseThrow(() -> MlrunsException
                .invalid("tracking URI '" + trackingUri + "' is not a local file store (use a path or a file: URI)")));
    }

    public Path experimentDir(String experimentId) {
        return this.root.resolve(requireExperimentId(experimentId));
    }

    public Path experimentMeta(String experimentId) {
        return experimentDir(experimentId).resolve(META_YAML);
    }

    public Path runDir(String experimentId, String runId) {
        return experimentDir(experimentId).resolve(requireRunId(runId));
    }

    public Path runMeta(String experimentId, String runId) {
        return runDir(experimentId, runId).resolve(META_YAML);
    }

    public Path paramsDir(String experimentId, String runId) {
        return runDir(experimentId, runId).resolve(PARAMS);
    }

    public Path metricsDir(String experimentId, String runId) {
        return runDir(experimentId, runId).resolve(METRICS);
    }

    public Path tagsDir(String experimentId, String runId) {
        return runDir(experimentId, runId).resolve(TAGS);
    }

    /** The run's artifact folder inside this store (which a recorded artifact_uri may not point to). */
    public Path artifactsDir(String experimentId, String runId) {
        return runDir(experimentId, runId).resolve(ARTIFACTS);
    }

    public Path trashDir() {
        return this.root.resolve(TRASH);
    }

    public Path modelsDir() {
        return this.root.resolve(MODELS);
    }

    public Path registeredModelDir(String name) {
        return modelsDir().resolve(requireModelName(name));
    }

    public Path registeredModelMeta(String name) {
        return registeredModelDir(name).resolve(META_YAML);
    }

    public Path aliasesDir(String name) {
        return registeredModelDir(name).resolve(ALIASES);
    }

    public Path aliasFile(String name, String alias) {
        return aliasesDir(name).resolve(requireAlias(alias));
    }

    public Path versionDir(String name, int version) {
        if (version < 1) {
            throw MlrunsException.invalid("model version must be >= 1, got " + version);
        }
        return registeredModelDir(name).resolve(VERSION_PREFIX + version);
    }

    public Path versionMeta(String name, int version) {
        return versionDir(name, version).resolve(META_YAML);
    }

    /** The MLmodel file of a model directory. */
    public static Path mlmodelFile(Path modelDir) {
        return modelDir.resolve(MLMODEL);
    }

    /** True for root children that are not experiments ({@code .trash}, {@code models}). */
    static boolean isReservedRootChild(String name) {
        return TRASH.equals(name) || MODELS.equals(name);
    }

    /** The version number of a {@code version-N} folder name. */
    static OptionalInt versionNumber(String dirName) {
        var m = VERSION_DIR.matcher(dirName);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    static boolean isExperimentId(String id) {
        return id != null && EXPERIMENT_ID.matcher(id).matches();
    }

    static boolean isRunId(String id) {
        return id != null && RUN_ID.matcher(id).matches();
    }

    static String requireExperimentId(String id) {
        if (!isExperimentId(id)) {
            throw MlrunsException.invalid("invalid experiment id '" + id + "'");
        }
        return id;
    }

    static String requireRunId(String id) {
        if (!isRunId(id)) {
            throw MlrunsException.invalid("invalid run id '" + id + "'");
        }
        return id;
    }

    static String requireModelName(String name) {
        if (name == null || name.isBlank() || name.equals(".") || name.equals("..") || name.contains("/")
                || name.contains("\\") || name.contains("%")) {
            throw MlrunsException.invalid("invalid registered model name '" + name + "'");
        }
        return name;
    }

    static String requireAlias(String alias) {
        if (alias == null || !alias.matches("^[\\w\\-]{1,255}$")) {
            throw MlrunsException.invalid("invalid model alias '" + alias + "'");
        }
        return alias;
    }

}
