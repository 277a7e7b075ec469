package io.hvs.hazard.manifests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import io.hvs.hazard.model.TensorflowRuntime;

/**
 * What the application reads, derived from its own configuration rather than a hand-kept list: the placeholders
 * in application.yaml, and every property in the Spring configuration metadata on the classpath (ours from the
 * configuration processor, plus Boot's), reached from an environment variable by Boot's relaxed binding.
 */
final class AppConfiguration {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.\\-]*)");

    private AppConfiguration() {
    }

    static List<PropertySource<?>> applicationYaml() {
        try {
            return new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A property of application.yaml with its placeholders resolved against defaults only (no OS env). */
    static String defaultValue(String property) {
        MutablePropertySources sources = new MutablePropertySources();
        applicationYaml().forEach(sources::addLast);
        return new PropertySourcesPropertyResolver(sources).getProperty(property);
    }

    /** Names used as placeholders in application.yaml, e.g. PORT in {@code ${PORT:8080}}. */
    static Set<String> placeholderNames() {
        Set<String> names = new HashSet<>();
        for (PropertySource<?> source : applicationYaml()) {
            if (source.getSource() instanceof Map<?, ?> map) {
                for (Object value : map.values()) {
                    Matcher matcher = PLACEHOLDER.matcher(String.valueOf(value));
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                }
            }
        }
        return names;
    }

    /** Every property described by configuration metadata on the classpath. */
    static Set<ConfigurationPropertyName> metadataProperties() {
        Set<ConfigurationPropertyName> names = new HashSet<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String resource : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            for (URL url : resources(resource)) {
                try (InputStream in = url.openStream()) {
                    for (JsonNode property : mapper.readTree(in).path("properties")) {
                        ConfigurationPropertyName name = ConfigurationPropertyName
                            .ofIfValid(property.path("name").asText());
                        if (name != null) {
                            names.add(name);
                        }
                    }
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
        return names;
    }

    /** Read by TensorFlow's native library itself, not by Spring's configuration (the app reports it too). */
    static final Set<String> NATIVE_RUNTIME_VARIABLES = Set.of(TensorflowRuntime.ONEDNN_VARIABLE);

    /** True when the app reads this environment variable: as a placeholder, by relaxed binding, or natively. */
    static boolean readsEnvironmentVariable(String name, Set<String> placeholders,
            Set<ConfigurationPropertyName> properties) {
        if (placeholders.contains(name) || NATIVE_RUNTIME_VARIABLES.contains(name)) {
            return true;
        }
        IterableConfigurationPropertySource source = (IterableConfigurationPropertySource) ConfigurationPropertySource
            .from(new SystemEnvironmentPropertySource(
                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(name, "value")));
        // Both directions, as the binder has them: the variable's own mapping (HVS_MODEL_ALIAS is hvs.model.alias),
        // and a property's lookup, which also tries the legacy form with underscores for dashes
        // (hvs.model-lifecycle.switch-file reads HVS_MODEL_LIFECYCLE_SWITCH_FILE, not only HVS_MODELLIFECYCLE_...).
        return source.stream().anyMatch(properties::contains)
                || properties.stream().anyMatch((property) -> source.getConfigurationProperty(property) != null);
    }

    private static List<URL> resources(String name) {
        try {
            return Collections.list(AppConfiguration.class.getClassLoader().getResources(name));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
