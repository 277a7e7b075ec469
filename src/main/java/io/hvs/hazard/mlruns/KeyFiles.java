package io.hvs.hazard.mlruns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one-file-per-key folders of params, metrics and tags. A {@code /} in a key makes
 * sub-folders, so reading walks the tree; keys are validated so none can leave the folder.
 */
final class KeyFiles {

    private static final Pattern KEY = Pattern.compile("^[/\\w.\\- :]+$");

    private KeyFiles() {
    }

    /** Validates a param, metric or tag key as MLflow does (normalized relative path of allowed chars). */
    static String requireKey(String kind, String key) {
        boolean valid = key != null && KEY.matcher(key).matches() && !key.startsWith("/") && !key.endsWith("/")
                && Stream.of(key.split("/", -1)).noneMatch((s) -> s.isEmpty() || s.equals(".") || s.equals(".."));
        if (!valid) {
            throw MlrunsException.invalid("invalid " + kind + " key '" + key + "'");
        }
        return key;
    }

    /** Every file under {@code dir} keyed by its {@code /}-separated relative path; empty if no folder. */
    static Map<String, Path> list(Path dir) {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                .filter((file) -> !file.getFileName().toString().startsWith("."))
                .forEach((file) -> files.put(dir.relativize(file).toString().replace('\\', '/'), file));
        }
        catch (IOException ex) {
            throw MlrunsException.io("list", dir, ex);
        }
        return files;
    }

    /** Every value under {@code dir}, as text. */
    static Map<String, String> readAll(Path dir) {
        Map<String, String> values = new TreeMap<>();
        list(dir).forEach((key, file) -> values.put(key, TextFiles.read(file)));
        return values;
    }

}
