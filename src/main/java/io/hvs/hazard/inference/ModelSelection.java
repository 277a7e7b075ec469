package io.hvs.hazard.inference;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

import io.hvs.hazard.model.ModelProperties;

/**
 * The {@code hvs.model.*} selection: the environment's (application.yaml and environment variables, fixed at
 * start-up) with the switch file's keys, if any, on top. The {@link ModelProperties} bean keeps the start-up
 * values; this is what a switch loads. A switch file must be UTF-8 properties whose every key is one of
 * {@link #KEYS}: anything else (an env-style {@code BEST_MLFLOW_RUN_ID}, a typo) would otherwise be ignored
 * silently and the old model reloaded as if the switch had worked. Thread-safe (no state of its own).
 */
final class ModelSelection {

    static final String PREFIX = "hvs.model";

    /** The keys a switch file may hold: the names {@link ModelProperties} binds, e.g. {@code hvs.model.run-id}. */
    static final List<String> KEYS = Arrays.stream(ModelProperties.class.getRecordComponents())
        .map((component) -> PREFIX + "." + DataObjectPropertyName.toDashedForm(component.getName()))
        .toList();

    private final ConfigurableEnvironment environment;

    private final Path switchFile;

    ModelSelection(ConfigurableEnvironment environment, Path switchFile) {
        this.environment = environment;
        this.switchFile = switchFile;
    }

    /** The configured switch file, or {@code null} when there is none. */
    Path switchFile() {
        return this.switchFile;
    }

    /**
     * The switch file's bytes, or {@code null} when none is configured or it does not exist (yet).
     * @throws UncheckedIOException when it exists but cannot be read
     */
    byte[] readSwitchFile() {
        if (this.switchFile == null) {
            return null;
        }
        try {
            // Follows symlinks on every call: a ConfigMap volume's file is a link that kubelet re-points.
            return Files.readAllBytes(this.switchFile);
        }
        catch (NoSuchFileException ex) {
            return null;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the model switch file " + this.switchFile + ": " + ex, ex);
        }
    }

    /**
     * Binds the selection with this switch file content on top.
     * @param switchFileContent what {@link #readSwitchFile()} returned; {@code null} for no file
     * @throws IllegalArgumentException when the content is not UTF-8 properties of known keys
     */
    ModelProperties select(byte[] switchFileContent) {
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        if (switchFileContent != null) {
            sources.add(new MapConfigurationPropertySource(parse(switchFileContent)));
        }
        ConfigurationPropertySources.get(this.environment).forEach(sources::add);
        Binder binder = new Binder(sources, new PropertySourcesPlaceholdersResolver(this.environment));
        return binder.bindOrCreate(PREFIX, ModelProperties.class);
    }

    private Map<String, String> parse(byte[] content) {
        Properties properties = new Properties();
        try {
            // A strict decoder: a file that is not UTF-8 is refused, not read with replacement characters.
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            properties.load(new StringReader(text));
        }
        catch (CharacterCodingException ex) {
            throw invalid("is not UTF-8 text");
        }
        catch (IllegalArgumentException ex) {
            // Properties.load's only complaint: a malformed backslash-u escape.
            throw invalid("is not a properties file (" + ex.getMessage() + ")");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.forEach((key, value) -> values.put((String) key, (String) value));
        List<String> unknown = values.keySet().stream().filter((key) -> !isKnown(key)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw invalid("has keys the selection does not know: " + String.join(", ", unknown) + " (known: "
                    + String.join(", ", KEYS) + ")");
        }
        return values;
    }

    private static boolean isKnown(String key) {
        ConfigurationPropertyName name = ConfigurationPropertyName.ofIfValid(key);
        return name != null && KEYS.stream().map(ConfigurationPropertyName::of).anyMatch(name::equals);
    }

    private IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("the model switch file " + this.switchFile + " " + problem);
    }

}
