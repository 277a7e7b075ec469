package io.hvs.hazard.mlruns;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A registered model's {@code models/<name>/meta.yaml}.
 *
 * @param name the model name
 * @param creationTimestamp epoch milliseconds
 * @param lastUpdatedTimestamp epoch milliseconds
 * @param description the description, or null
 * @param aliases alias to version number (as text, as MLflow writes it), sorted by alias
 */
public record RegisteredModel(String name, long creationTimestamp, long lastUpdatedTimestamp, String description,
        Map<String, String> aliases) {

    public RegisteredModel {
        aliases = Map.copyOf(new TreeMap<>(aliases));
    }

    RegisteredModel withAliases(Map<String, String> newAliases, long updatedAt) {
        return new RegisteredModel(this.name, this.creationTimestamp, updatedAt, this.description, newAliases);
    }

    static RegisteredModel read(YamlMap yaml) {
        Map<String, String> aliases = new TreeMap<>();
        yaml.map("aliases").forEach((alias, version) -> aliases.put(alias, String.valueOf(version)));
        return new RegisteredModel(yaml.requireString("name"), yaml.requireLong("creation_timestamp"),
                yaml.requireLong("last_updated_timestamp"), yaml.string("description"), aliases);
    }

    Map<String, Object> toYaml() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("aliases", new TreeMap<>(this.aliases));
        yaml.put("creation_timestamp", this.creationTimestamp);
        yaml.put("description", this.description);
        yaml.put("last_updated_timestamp", this.lastUpdatedTimestamp);
        yaml.put("name", this.name);
        return yaml;
    }

}
