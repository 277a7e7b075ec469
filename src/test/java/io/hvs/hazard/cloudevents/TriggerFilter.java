package io.hvs.hazard.cloudevents;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Objects;

import io.cloudevents.CloudEvent;
import org.yaml.snakeyaml.Yaml;

/**
 * The {@code spec.filter.attributes} of a Trigger manifest in events/, applied to an event the way Knative's
 * legacy attribute filter does: every listed attribute (core or extension) must be present with exactly that
 * value (case-sensitive).
 */
record TriggerFilter(String name, Map<String, String> attributes) {

    @SuppressWarnings("unchecked")
    static TriggerFilter load(String file) {
        try (Reader reader = Files.newBufferedReader(EventSamples.EVENTS.resolve(file))) {
            Map<String, Object> trigger = new Yaml().load(reader);
            Map<String, Object> metadata = (Map<String, Object>) trigger.get("metadata");
            Map<String, Object> spec = (Map<String, Object>) trigger.get("spec");
            Map<String, Object> filter = (Map<String, Object>) spec.get("filter");
            return new TriggerFilter((String) metadata.get("name"),
                    Map.copyOf((Map<String, String>) filter.get("attributes")));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    boolean matches(CloudEvent event) {
        return this.attributes.entrySet().stream().allMatch((entry) -> {
            Object value = event.getAttributeNames().contains(entry.getKey()) ? event.getAttribute(entry.getKey())
                    : event.getExtension(entry.getKey());
            return value != null && Objects.equals(value.toString(), entry.getValue());
        });
    }

}
