package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML as MLflow writes it (PyYAML {@code safe_dump}: block style, keys sorted, unicode, UTF-8)
 * and reads it (safe loader). Strings that would resolve to another type ({@code '0'},
 * {@code '3.10'}, timestamps) come out quoted because SnakeYAML checks the implicit resolvers.
 */
final class MlrunsYaml {

    private MlrunsYaml() {
    }

    /** Reads a YAML mapping; a missing file is NOT_FOUND, anything else than a mapping is MALFORMED. */
    static YamlMap read(Path file) {
        String text = TextFiles.read(file);
        Object loaded;
        try {
            loaded = loader().load(text);
        }
        catch (YAMLException ex) {
            throw MlrunsException.malformed(file, "not valid YAML (" + ex.getMessage().lines().findFirst().orElse("")
                    + ")", ex);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw MlrunsException.malformed(file, "expected a YAML mapping");
        }
        Map<String, Object> values = new TreeMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return new YamlMap(file, values);
    }

    /** Writes a mapping with nested maps sorted by key, replacing the file. */
    static void write(Path file, Map<String, ?> values) {
        TextFiles.write(file, dump(values));
    }

    static String dump(Map<String, ?> values) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setWidth(80);
        return new Yaml(new Representer(options), options).dump(sorted(values));
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new TreeMap<>();
            map.forEach((key, item) -> result.put(String.valueOf(key), sorted(item)));
            return result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            list.forEach((item) -> result.add(sorted(item)));
            return result;
        }
        return value;
    }

    private static Yaml loader() {
        return new Yaml(new TimestampsAsStrings(new LoaderOptions()));
    }

    /** Keeps an unquoted timestamp (e.g. utc_time_created) a string, as MLflow's loader then str()s it. */
    private static final class TimestampsAsStrings extends SafeConstructor {

        TimestampsAsStrings(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }

    }

}
