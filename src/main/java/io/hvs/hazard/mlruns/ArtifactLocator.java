package io.hvs.hazard.mlruns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps recorded artifact locations (absolute URIs of the machine that wrote them) into the local
 * store. MLflow itself never rebases them, so a copied {@code mlruns} folder would lose its
 * artifacts; we rebase {@code .../<exp>/<run>/artifacts} onto the root we are reading.
 */
final class ArtifactLocator {

    private static final String ARTIFACTS_SEGMENT = "/" + MlrunsLayout.ARTIFACTS;

    private ArtifactLocator() {
    }

    /**
     * The run's artifact directory. The store's own {@code <exp>/<run>/artifacts} folder wins when
     * the recorded URI has that standard tail (it was this store's folder when written, wherever the
     * store was then) or does not exist here; a custom recorded location is used when it exists.
     */
    static Path runArtifacts(MlrunsLayout layout, RunMeta run) {
        Path local = layout.artifactsDir(run.experimentId(), run.runId());
        String uri = run.artifactUri();
        Optional<Path> recorded = FileUris.toLocalPath(uri).filter(Files::isDirectory);
        String tail = "/" + run.experimentId() + "/" + run.runId() + ARTIFACTS_SEGMENT;
        boolean standardTail = uri == null || stripTrailingSlash(uri.replace('\\', '/')).endsWith(tail);
        if ((standardTail || recorded.isEmpty()) && Files.isDirectory(local)) {
            return local;
        }
        if (recorded.isPresent()) {
            return recorded.get();
        }
        throw MlrunsException.notFound("artifacts of run " + run.runId() + " not found: recorded artifact_uri '"
                + uri + "' does not exist here and neither does " + local);
    }

    /**
     * The path of a location relative to the artifact root of {@code runId}, for locations like
     * {@code file:///elsewhere/mlruns/<exp>/<run>/artifacts/model}, {@code mlflow-artifacts:/<exp>/<run>/
     * artifacts/model} or {@code runs:/<run>/model}; empty when the location is not inside that run.
     */
    static Optional<String> pathWithinRun(String location, String runId) {
        if (location == null || runId == null) {
            return Optional.empty();
        }
        if (location.startsWith("runs:")) {
            ModelUri uri = ModelUri.parse(location);
            return (uri instanceof ModelUri.Run run && run.runId().equals(runId)) ? Optional.of(run.artifactPath())
                    : Optional.empty();
        }
        String path = location.regionMatches(true, 0, "file:", 0, 5)
                ? FileUris.toLocalPath(location).map(Path::toString).orElse(location) : location;
        path = stripTrailingSlash(path.replace('\\', '/'));
        String marker = "/" + runId + ARTIFACTS_SEGMENT;
        int at = path.lastIndexOf(marker);
        if (at < 0) {
            return Optional.empty();
        }
        String rest = path.substring(at + marker.length());
        if (rest.isEmpty()) {
            return Optional.of("");
        }
        return rest.startsWith("/") ? Optional.of(rest.substring(1)) : Optional.empty();
    }

    /** Resolves a {@code /}-separated relative artifact path under a directory, refusing to leave it. */
    static Path resolveWithin(Path dir, String relative, String what) {
        if (relative == null || relative.isEmpty()) {
            return dir;
        }
        Path resolved = dir.resolve(relative).normalize();
        if (relative.startsWith("/") || !resolved.startsWith(dir.normalize())) {
            throw MlrunsException.invalid("artifact path '" + relative + "' of " + what + " leaves its artifact root");
        }
        return resolved;
    }

    private static String stripTrailingSlash(String text) {
        String result = text;
        while (result.length() > 1 && result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

}
