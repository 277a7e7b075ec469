package io.hvs.hazard.manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every manifest parses into fabric8's typed Kubernetes/Knative models with no field left over, and the
 * kustomize files fit the folder layout (kubectl -f and -k apply the same set).
 */
class ManifestSchemaTests {

    private static final Set<String> KUSTOMIZATION_KEYS = Set.of("apiVersion", "kind", "resources", "patches",
            "namespace", "labels", "images", "configMapGenerator", "generatorOptions", "components");

    static Stream<Path> manifestFiles() {
        return ManifestFiles.yamlFiles().stream();
    }

    @Test
    void theDeploymentFoldersHoldTheExpectedManifests() {
        assertThat(ManifestFiles.yamlFiles()).contains(Path.of("knative/service.yaml"),
                Path.of("k8s-fallback/deployment.yaml"), Path.of("k8s-fallback/service.yaml"),
                Path.of("k8s-fallback/configmap.yaml"), Path.of("k8s-fallback/poddisruptionbudget.yaml"),
                Path.of("k8s-fallback/Kustomization"));
    }

    @ParameterizedTest
    @MethodSource("manifestFiles")
    void everyDocumentIsATypedResourceWithoutUnknownFields(Path file) {
        List<Map<String, Object>> documents = ManifestFiles.rawDocuments(file);
        assertThat(documents).as("%s has no documents", file).isNotEmpty();
        for (Map<String, Object> document : documents) {
            if (ManifestFiles.isKustomization(document)) {
                continue;
            }
            HasMetadata resource = ManifestFiles.parse(document);
            assertThat(resource).as("%s: %s/%s has no typed model (wrong apiVersion or kind?)", file,
                    document.get("apiVersion"), document.get("kind"))
                .isNotInstanceOf(GenericKubernetesResource.class);
            assertThat(UnknownFieldScanner.unknownFields(resource)).as("%s: fields the schema does not know", file)
                .isEmpty();
        }
    }

    @Test
    void theScannerReportsAMisspeltField() {
        Map<String, Object> broken = Map.of("apiVersion", "v1", "kind", "Service", "metadata", Map.of("name", "x"),
                "spec", Map.of("type", "NodePort", "ports", List.of(Map.of("port", 80, "targetPrt", "http"))));
        assertThat(UnknownFieldScanner.unknownFields(ManifestFiles.parse(broken)))
            .containsExactly(".spec.ports[0].targetPrt");
    }

    @ParameterizedTest
    @MethodSource("manifestFiles")
    void kustomizationsUseKnownKeysAndExistingFiles(Path file) {
        for (Map<String, Object> document : ManifestFiles.rawDocuments(file)) {
            if (!ManifestFiles.isKustomization(document)) {
                continue;
            }
            assertThat(KUSTOMIZATION_KEYS).as("%s keys", file).containsAll(document.keySet());
            Path dir = ManifestFiles.ROOT.resolve(file).getParent();
            for (Object resource : list(document.get("resources"))) {
                Path target = dir.resolve(resource.toString()).normalize();
                assertThat(Files.isRegularFile(target) || hasKustomization(target))
                    .as("%s: resource %s is neither a file nor a kustomization folder", file, resource).isTrue();
                assertThat(target.startsWith(dir) || Files.isDirectory(target))
                    .as("%s: kustomize refuses files outside its folder: %s", file, resource).isTrue();
            }
            for (Object patch : list(document.get("patches"))) {
                Object path = ((Map<?, ?>) patch).get("path");
                assertThat(dir.resolve(path.toString())).as("%s: patch file", file).isRegularFile();
            }
        }
    }

    @Test
    void applyDashFAndDashKCreateTheSameFallbackResources() throws Exception {
        Path dir = ManifestFiles.ROOT.resolve("k8s-fallback");
        // A kustomization.yaml here would be sent to the API server by `kubectl apply -f` and rejected.
        assertThat(dir.resolve("kustomization.yaml")).doesNotExist();
        assertThat(dir.resolve("kustomization.yml")).doesNotExist();
        List<String> yamlFiles;
        try (Stream<Path> files = Files.list(dir)) {
            yamlFiles = files.map((p) -> p.getFileName().toString())
                .filter((n) -> n.endsWith(".yaml") || n.endsWith(".yml"))
                .sorted()
                .toList();
        }
        Map<String, Object> kustomization = ManifestFiles.rawDocuments(Path.of("k8s-fallback/Kustomization")).get(0);
        assertThat(list(kustomization.get("resources")).stream().map(Object::toString).sorted().toList())
            .isEqualTo(yamlFiles);
    }

    private static boolean hasKustomization(Path dir) {
        return Files.isRegularFile(dir.resolve("kustomization.yaml")) || Files.isRegularFile(dir.resolve("Kustomization"));
    }

    private static List<?> list(Object value) {
        return (value instanceof List<?> list) ? list : List.of();
    }

}
