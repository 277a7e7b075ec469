package io.hvs.hazard.mlruns;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves model URIs to a run id and a local path. Registry {@code source}/{@code storage_location}
 * values are absolute URIs of the machine that registered the model, so they are mapped through
 * the version's run into this store's artifacts; only a location outside any run is used as is.
 * Stateless and thread-safe.
 */
public final class ModelUriResolver {

    private final MlrunsReader runs;

    private final RegistryReader registry;

    public ModelUriResolver(MlrunsLayout layout) {
        this.runs = new MlrunsReader(layout);
        this.registry = new RegistryReader(layout);
    }

    /** Parses and resolves a URI; the path must exist. */
    public ResolvedModel resolve(String uri) {
        return resolve(ModelUri.parse(uri));
    }

    public ResolvedModel resolve(ModelUri uri) {
        if (uri instanceof ModelUri.Run run) {
            RunMeta meta = this.runs.run(run.runId());
            Path dir = ArtifactLocator.resolveWithin(this.runs.artifactsDir(meta), run.artifactPath(), uri.uri());
            return new ResolvedModel(uri.uri(), run.runId(), requireExists(dir, uri.uri()), null, null);
        }
        ModelUri.Registered registered = (ModelUri.Registered) uri;
        ModelVersion version = version(registered);
        Path modelDir = modelDirectory(version);
        Path dir = ArtifactLocator.resolveWithin(modelDir, registered.subpath(), uri.uri());
        return new ResolvedModel(uri.uri(), version.runId(), requireExists(dir, uri.uri()), version.name(),
                version.version());
    }

    private ModelVersion version(ModelUri.Registered uri) {
        return switch (uri.selector()) {
            case VERSION -> this.registry.version(uri.name(), Integer.parseInt(uri.value()));
            case LATEST -> this.registry.latestVersion(uri.name());
            case STAGE -> this.registry.latestVersionInStage(uri.name(), uri.value());
            case ALIAS -> this.registry.versionByAlias(uri.name(), uri.value());
        };
    }

    private Path modelDirectory(ModelVersion version) {
        String location = version.downloadLocation();
        String what = "version " + version.version() + " of registered model '" + version.name() + "'";
        if (version.runId() != null && !version.runId().isBlank()) {
            Optional<String> inRun = ArtifactLocator.pathWithinRun(location, version.runId());
            if (inRun.isPresent()) {
                RunMeta run = runOf(version, what);
                return ArtifactLocator.resolveWithin(this.runs.artifactsDir(run), inRun.get(), what);
            }
        }
        return FileUris.toLocalPath(location)
            .filter(Files::exists)
            .orElseThrow(() -> MlrunsException.notFound("source '" + location + "' of " + what
                    + " is neither inside its run's artifacts nor a local path"));
    }

    private RunMeta runOf(ModelVersion version, String what) {
        try {
            return this.runs.run(version.runId());
        }
        catch (MlrunsException ex) {
            if (ex.kind() != MlrunsException.Kind.NOT_FOUND) {
                throw ex;
            }
            throw MlrunsException.notFound(what + " refers to a missing run: " + ex.getMessage());
        }
    }

    private static Path requireExists(Path path, String uri) {
        if (!Files.exists(path)) {
            throw MlrunsException.notFound("model URI '" + uri + "' resolves to " + path + ", which does not exist");
        }
        return path;
    }

}
