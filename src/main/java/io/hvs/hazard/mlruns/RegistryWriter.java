package io.hvs.hazard.mlruns;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the model registry under {@code mlruns/models/} as MLflow 2.x's registry FileStore does.
 * Not thread-safe.
 */
public final class RegistryWriter {

    private final MlrunsLayout layout;

    private final Clock clock;

    private final RegistryReader reader;

    private final MlrunsReader runs;

    RegistryWriter(MlrunsLayout layout, Clock clock) {
        this.layout = layout;
        this.clock = clock;
        this.reader = new RegistryReader(layout);
        this.runs = new MlrunsReader(layout);
    }

    /** The registered model, created (no aliases, null description) if missing. */
    public RegisteredModel getOrCreateRegisteredModel(String name) {
        if (Files.exists(this.layout.registeredModelMeta(name))) {
            return this.reader.registeredModel(name);
        }
        long now = this.clock.millis();
        RegisteredModel model = new RegisteredModel(name, now, now, null, Map.of());
        MlrunsYaml.write(this.layout.registeredModelMeta(name), model.toYaml());
        return model;
    }

    /**
     * Registers {@code runs:/<runId>/<artifactPath>} as the next version (max + 1, from 1), with
     * source and storage_location the run's artifact URI plus the path, as MLflow 2.x records them.
     */
    public ModelVersion registerVersion(String name, String runId, String artifactPath) {
        RunMeta run = this.runs.run(runId);
        if (!Files.exists(ArtifactLocator.resolveWithin(this.runs.artifactsDir(run), artifactPath, "run " + runId))) {
            throw MlrunsException.notFound("cannot register model '" + name + "': run " + runId
                    + " has no artifact '" + artifactPath + "'");
        }
        RegisteredModel model = getOrCreateRegisteredModel(name);
        int next = this.reader.versions(name).stream().mapToInt(ModelVersion::version).max().orElse(0) + 1;
        while (Files.exists(this.layout.versionDir(name, next))) {
            next++;
        }
        long now = this.clock.millis();
        String base = (run.artifactUri() != null) ? run.artifactUri()
                : FileUris.toFileUri(this.layout.artifactsDir(run.experimentId(), runId));
        String source = base.endsWith("/") ? base + artifactPath : base + "/" + artifactPath;
        ModelVersion version = new ModelVersion(name, next, runId, source, source, ModelVersion.STAGE_NONE,
                ModelVersion.STATUS_READY, now, now, null);
        MlrunsYaml.write(this.layout.versionMeta(name, next), version.toYaml());
        touch(model, this.reader.aliases(name), now);
        return version;
    }

    /** Points an alias at an existing version: {@code aliases/<alias>} plus the meta.yaml aliases map. */
    public void setAlias(String name, String alias, int version) {
        this.reader.version(name, version);
        TextFiles.write(this.layout.aliasFile(name, alias), Integer.toString(version));
        Map<String, Integer> aliases = new TreeMap<>(this.reader.aliases(name));
        touch(this.reader.registeredModel(name), aliases, this.clock.millis());
    }

    private void touch(RegisteredModel model, Map<String, Integer> aliases, long now) {
        Map<String, String> asText = new TreeMap<>();
        aliases.forEach((alias, version) -> asText.put(alias, Integer.toString(version)));
        MlrunsYaml.write(this.layout.registeredModelMeta(model.name()), model.withAliases(asText, now).toYaml());
    }

}
