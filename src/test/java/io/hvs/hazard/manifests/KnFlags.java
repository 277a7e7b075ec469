package io.hvs.hazard.manifests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flags of one kn command: {@code --name value} pairs (repeatable) and the positional words.
 *
 * @param positional words that are not flags or flag values (e.g. "kn", "service", "create", "hvs-api")
 * @param flags flag name (without dashes) to its values, in order
 */
record KnFlags(List<String> positional, Map<String, List<String>> flags) {

    static KnFlags parse(List<String> words) {
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> flags = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                String name = word.substring(2);
                String value;
                int equals = name.indexOf('=');
                if (equals > 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                else {
                    value = words.get(++i);
                }
                flags.computeIfAbsent(name, (k) -> new ArrayList<>()).add(value);
            }
            else {
                positional.add(word);
            }
        }
        return new KnFlags(positional, flags);
    }

    List<String> all(String flag) {
        return this.flags.getOrDefault(flag, List.of());
    }

    String one(String flag) {
        List<String> values = all(flag);
        if (values.size() != 1) {
            throw new AssertionError("expected --" + flag + " once, found " + values);
        }
        return values.get(0);
    }

    /** {@code a=1,b=2} (repeatable flags merged) as a map. */
    Map<String, String> pairs(String flag) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String value : all(flag)) {
            for (String pair : value.split(",")) {
                String[] kv = pair.split("=", 2);
                pairs.put(kv[0], kv[1]);
            }
        }
        return pairs;
    }

}
