package io.hvs.hazard.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the manifest folders of the repository. Kubernetes resources go through fabric8's typed models;
 * kustomize files (kind Kustomization, not an API object) are returned separately as plain maps.
 */
final class ManifestFiles {

    static final Path ROOT = Path.of("").toAbsolutePath();

    static final List<Path> FOLDERS = List.of(Path.of("knative"), Path.of("k8s-fallback"), Path.of("events"));

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private ManifestFiles() {
    }

    /** Every YAML file under the manifest folders, plus files named {@code Kustomization}. */
    static List<Path> yamlFiles() {
        List<Path> files = new ArrayList<>();
        for (Path folder : FOLDERS) {
            Path dir = ROOT.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).filter(ManifestFiles::isYaml).map(ROOT::relativize).sorted()
                    .forEach(files::add);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return files;
    }

    static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.equals("Kustomization");
    }

    /** The raw YAML documents of one file, in order (empty documents skipped). */
    static List<Map<String, Object>> rawDocuments(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> documents = new ArrayList<>();
        try {
            for (Object document : yaml.loadAll(Files.readString(ROOT.resolve(file)))) {
                if (document == null) {
                    continue;
                }
                if (!(document instanceof Map<?, ?> map)) {
                    throw new IllegalArgumentException(file + ": a document is not a YAML mapping");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                documents.add(typed);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return documents;
    }

    static boolean isKustomization(Map<String, Object> document) {
        return "Kustomization".equals(document.get("kind"));
    }

    /** Every Kubernetes resource document under the manifest folders, typed. */
    static List<ManifestDocument> resources() {
        List<ManifestDocument> resources = new ArrayList<>();
        for (Path file : yamlFiles()) {
            List<Map<String, Object>> documents = rawDocuments(file);
            for (int i = 0; i < documents.size(); i++) {
                if (!isKustomization(documents.get(i))) {
                    resources.add(new ManifestDocument(file, i, parse(documents.get(i))));
                }
            }
        }
        return resources;
    }

    static HasMetadata parse(Map<String, Object> document) {
        return SERIALIZATION.unmarshal(SERIALIZATION.asJson(document), HasMetadata.class);
    }

    /**
     * The resources that {@code kubectl apply -f <folder>/} creates: documents of files directly in a manifest
     * folder. Files in subfolders (kustomize overlays and their patches) are only schema-checked.
     */
    static List<ManifestDocument> applied() {
        return resources().stream().filter((d) -> FOLDERS.contains(d.file().getParent())).toList();
    }

    static <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return applied().stream().map(ManifestDocument::resource).filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T single(Class<T> type, String name) {
        List<T> matches = ofType(type).stream().filter((r) -> name.equals(r.getMetadata().getName())).toList();
        if (matches.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + " named " + name + ", found "
                    + matches.size());
        }
        return matches.get(0);
    }

}
