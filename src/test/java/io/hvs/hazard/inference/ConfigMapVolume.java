package io.hvs.hazard.inference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A directory written the way kubelet's AtomicWriter writes a ConfigMap volume: the data in a timestamped
 * directory {@code ..2026_12_03_11_00_00.1}, a symlink {@code ..data} to it, and per key a symlink
 * {@code <key> -> ..data/<key>}. An update writes a new timestamped directory, points {@code ..data_tmp} at it,
 * renames that over {@code ..data} (one atomic rename: a reader sees all old or all new data) and removes the
 * old directory. Not thread-safe; one writer.
 */
final class ConfigMapVolume {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy_MM_dd_HH_mm_ss");

    private static final String DATA = "..data";

    private final Path dir;

    private int generation;

    ConfigMapVolume(Path dir) {
        this.dir = dir;
    }

    /** The data of {@code k8s-fallback/configmap.yaml}: what the pods of a fresh deployment mount. */
    @SuppressWarnings("unchecked")
    static Map<String, String> committedData() {
        try {
            String yaml = Files.readString(Path.of("k8s-fallback/configmap.yaml"));
            Map<String, Object> configMap = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            return (Map<String, String>) configMap.get("data");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Where kubelet shows a key: the path the app is given. */
    Path file(String key) {
        return this.dir.resolve(key);
    }

    /** Publishes {@code data} as the volume's content: the first population or an update. */
    void write(Map<String, String> data) {
        try {
            Files.createDirectories(this.dir);
            Path dataLink = this.dir.resolve(DATA);
            Path old = Files.isSymbolicLink(dataLink) ? this.dir.resolve(Files.readSymbolicLink(dataLink)) : null;
            String name = ".." + LocalDateTime.now().format(TIMESTAMP) + "." + (++this.generation);
            Path timestamped = Files.createDirectory(this.dir.resolve(name));
            for (Map.Entry<String, String> entry : data.entrySet()) {
                Files.writeString(timestamped.resolve(entry.getKey()), entry.getValue());
            }
            Path tmp = Files.createSymbolicLink(this.dir.resolve("..data_tmp"), Path.of(name));
            Files.move(tmp, dataLink, StandardCopyOption.ATOMIC_MOVE);
            for (String key : data.keySet()) {
                if (!Files.isSymbolicLink(file(key))) {
                    Files.createSymbolicLink(file(key), Path.of(DATA, key));
                }
            }
            for (Path link : userVisibleLinks()) {
                if (!data.containsKey(link.getFileName().toString())) {
                    Files.delete(link);
                }
            }
            if (old != null) {
                delete(old);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Empties the volume: as it is before kubelet populated it. */
    void clear() {
        if (Files.isDirectory(this.dir)) {
            try (Stream<Path> entries = Files.list(this.dir)) {
                for (Path entry : entries.toList()) {
                    delete(entry);
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    private List<Path> userVisibleLinks() throws IOException {
        try (Stream<Path> entries = Files.list(this.dir)) {
            return entries.filter((p) -> !p.getFileName().toString().startsWith("..")).toList();
        }
    }

    private static void delete(Path path) throws IOException {
        if (Files.isSymbolicLink(path) || !Files.isDirectory(path)) {
            Files.delete(path);
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
