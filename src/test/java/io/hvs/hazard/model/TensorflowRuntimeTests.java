package io.hvs.hazard.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bytedeco.javacpp.ClassProperties;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.tensorflow.internal.c_api.presets.tensorflow;

import static org.assertj.core.api.Assertions.assertThat;

class TensorflowRuntimeTests {

    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void saveProperties() {
        TensorflowRuntime.SERVING_DEFAULTS.keySet().forEach((name) -> this.saved.put(name, System.getProperty(name)));
    }

    @AfterEach
    void restoreProperties() {
        this.saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            }
            else {
                System.setProperty(name, value);
            }
        });
        Loader.loadProperties(true);
    }

    @Test
    void servingDefaultsTurnOffJavacppsCollectorHooksWhereTheUserSetNothing() {
        TensorflowRuntime.SERVING_DEFAULTS.keySet().forEach(System::clearProperty);
        TensorflowRuntime.applyServingDefaults();
        assertThat(System.getProperty("org.bytedeco.javacpp.noPointerGC")).isEqualTo("true");
        assertThat(System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes")).isEqualTo("0");
    }

    @Test
    void aValueTheUserSetWins() {
        TensorflowRuntime.SERVING_DEFAULTS.keySet().forEach(System::clearProperty);
        System.setProperty("org.bytedeco.javacpp.maxPhysicalBytes", "2g");
        TensorflowRuntime.applyServingDefaults();
        assertThat(System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes")).isEqualTo("2g");
        assertThat(System.getProperty("org.bytedeco.javacpp.noPointerGC")).isEqualTo("true");
    }

    @Test
    void servingDefaultsLoadTheCpuBuildWithoutLookingForCudaLibraries() {
        TensorflowRuntime.SERVING_DEFAULTS.keySet().forEach(System::clearProperty);
        assertThat(preloadsOfTensorflowsPreset()).as("JavaCPP's own default")
            .anyMatch((lib) -> lib.startsWith("cudart"));

        TensorflowRuntime.applyServingDefaults();
        assertThat(preloadsOfTensorflowsPreset()).noneMatch((lib) -> lib.startsWith("cu") || lib.startsWith("nv"));
    }

    @Test
    void aGpuBuildTheUserAsksForWins() {
        TensorflowRuntime.SERVING_DEFAULTS.keySet().forEach(System::clearProperty);
        System.setProperty("org.bytedeco.javacpp.platform.extension", "-gpu");
        TensorflowRuntime.applyServingDefaults();
        assertThat(System.getProperty("org.bytedeco.javacpp.platform.extension")).isEqualTo("-gpu");
        assertThat(preloadsOfTensorflowsPreset()).anyMatch((lib) -> lib.startsWith("cudart"));
    }

    /** The libraries JavaCPP looks for before TensorFlow's own, with the system properties as they are now. */
    private static List<String> preloadsOfTensorflowsPreset() {
        ClassProperties properties = Loader.loadProperties(tensorflow.class, Loader.loadProperties(true), true);
        return properties.get("platform.preload");
    }

    @Test
    void oneDnnIsOnUnlessTheVariableSaysZeroOrFalse() {
        assertThat(TensorflowRuntime.oneDnnOn(null)).isTrue();
        assertThat(TensorflowRuntime.oneDnnOn("1")).isTrue();
        assertThat(TensorflowRuntime.oneDnnOn("true")).isTrue();
        assertThat(TensorflowRuntime.oneDnnOn("0")).isFalse();
        assertThat(TensorflowRuntime.oneDnnOn("False")).isFalse();
    }

    @Test
    void theTestJvmRunsWithoutOneDnnAsTheImageDoes() {
        // Set by the build for the tests (pom.xml), as the Dockerfile sets it for the service.
        assertThat(TensorflowRuntime.oneDnnOn()).isFalse();
    }

}
