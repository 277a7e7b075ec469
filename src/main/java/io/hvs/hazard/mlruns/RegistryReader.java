package io.hvs.hazard.mlruns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the model registry under {@code mlruns/models/}. Every NOT_FOUND names the model, version,
 * stage or alias and the folder looked in. Stateless and thread-safe.
 */
public final class RegistryReader {

    private final MlrunsLayout layout;

    public RegistryReader(MlrunsLayout layout) {
        this.layout = layout;
    }

    /** The registered model; its aliases are re-derived from the {@code aliases/} files, as MLflow does. */
    public RegisteredModel registeredModel(String name) {
        Path meta = requireModel(name);
        RegisteredModel model = RegisteredModel.read(MlrunsYaml.read(meta));
        Map<String, String> aliases = new TreeMap<>();
        aliases(name).forEach((alias, version) -> aliases.put(alias, String.valueOf(version)));
        return model.withAliases(aliases, model.lastUpdatedTimestamp());
    }

    /** Alias to version number, from the {@code aliases/} files. */
    public Map<String, Integer> aliases(String name) {
        requireModel(name);
        Map<String, Integer> aliases = new TreeMap<>();
        KeyFiles.list(this.layout.aliasesDir(name)).forEach((alias, file) -> {
            String text = TextFiles.read(file).strip();
            if (!text.matches("[0-9]{1,9}")) {
                throw MlrunsException.malformed(file, "alias content '" + text + "' is not a version number");
            }
            aliases.put(alias, Integer.parseInt(text));
        });
        return aliases;
    }

    /** The versions that are not deleted, by version number. */
    public List<ModelVersion> versions(String name) {
        Path dir = requireModel(name).getParent();
        List<ModelVersion> versions = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.toList()) {
                if (MlrunsLayout.versionNumber(child.getFileName().toString()).isPresent()
                        && Files.isRegularFile(child.resolve(MlrunsLayout.META_YAML))) {
                    ModelVersion version = ModelVersion.read(MlrunsYaml.read(child.resolve(MlrunsLayout.META_YAML)));
                    if (!ModelVersion.STAGE_DELETED.equals(version.currentStage())) {
                        versions.add(version);
                    }
                }
            }
        }
        catch (IOException ex) {
            throw MlrunsException.io("list", dir, ex);
        }
        versions.sort(Comparator.comparingInt(ModelVersion::version));
        return versions;
    }

    public ModelVersion version(String name, int version) {
        requireModel(name);
        Path meta = this.layout.versionMeta(name, version);
        if (!Files.isRegularFile(meta)) {
            throw MlrunsException.notFound("version " + version + " of registered model '" + name
                    + "' not found (no " + meta + ")");
        }
        ModelVersion result = ModelVersion.read(MlrunsYaml.read(meta));
        if (ModelVersion.STAGE_DELETED.equals(result.currentStage())) {
            throw MlrunsException.notFound("version " + version + " of registered model '" + name + "' is deleted");
        }
        return result;
    }

    /** The highest version ({@code models:/<name>/latest}). */
    public ModelVersion latestVersion(String name) {
        List<ModelVersion> versions = versions(name);
        if (versions.isEmpty()) {
            throw MlrunsException.notFound("registered model '" + name + "' has no versions");
        }
        return versions.get(versions.size() - 1);
    }

    /** The highest version in a stage, matched case-insensitively. */
    public ModelVersion latestVersionInStage(String name, String stage) {
        return versions(name).stream()
            .filter((v) -> v.currentStage().equalsIgnoreCase(stage))
            .reduce((first, second) -> second)
            .orElseThrow(() -> MlrunsException
                .notFound("registered model '" + name + "' has no version in stage '" + stage + "'"));
    }

    public ModelVersion versionByAlias(String name, String alias) {
        Integer version = aliases(name).get(alias);
        if (version == null) {
            throw MlrunsException.notFound("alias '" + alias + "' of registered model '" + name + "' not found (no "
                    + this.layout.aliasFile(name, alias) + ")");
        }
        return version(name, version);
    }

    private Path requireModel(String name) {
        Path meta = this.layout.registeredModelMeta(name);
        if (!Files.isRegularFile(meta)) {
            throw MlrunsException.notFound("registered model '" + name + "' not found (no " + meta + ")");
        }
        return meta;
    }

}
