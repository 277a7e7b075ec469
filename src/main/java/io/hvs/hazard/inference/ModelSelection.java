package io.hvs.hazard.inference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

import io.hvs.hazard.model.ModelProperties;

/**
 * The {@code hvs.model.*} selection as it stands now, bound afresh from the live environment (which Spring Cloud
 * Kubernetes updates when the ConfigMap changes) with the switch file's keys, if any, on top. The
 * {@link ModelProperties} bean keeps the start-up values; this is what a switch compares against.
 */
final class ModelSelection {

    static final String PREFIX = "hvs.model";

    private final ConfigurableEnvironment environment;

    private final Path switchFile;

    ModelSelection(ConfigurableEnvironment environment, Path switchFile) {
        this.environment = environment;
        this.switchFile = switchFile;
    }

    ModelProperties current() {
        List<ConfigurationPropertySource> sources = new ArrayList<>();
        Properties overrides = readSwitchFile();
        if (!overrides.isEmpty()) {
            sources.add(new MapConfigurationPropertySource(overrides));
        }
        ConfigurationPropertySources.get(this.environment).forEach(sources::add);
        Binder binder = new Binder(sources, new PropertySourcesPlaceholdersResolver(this.environment));
        return binder.bindOrCreate(PREFIX, ModelProperties.class);
    }

    /** The switch file's text, or {@code null} when there is no file (or none configured). */
    String switchFileText() {
        if (this.switchFile == null) {
            return null;
        }
        try {
            return Files.readString(this.switchFile);
        }
        catch (NoSuchFileException ex) {
            return null;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read the model switch file " + this.switchFile, ex);
        }
    }

    private Properties readSwitchFile() {
        Properties properties = new Properties();
        String text = switchFileText();
        if (text != null) {
            try (Reader reader = new java.io.StringReader(text)) {
                properties.load(reader);
            }
            catch (IOException ex) {
                throw new UncheckedIOException("cannot parse the model switch file " + this.switchFile, ex);
            }
        }
        return properties;
    }

}
