package io.hvs.hazard.inference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.hvs.hazard.model.ModelLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a switch compares against: the selection bound afresh from the live environment (a refreshed ConfigMap
 * reaches the properties through env-style placeholders) with the switch file on top.
 */
class ModelSelectionTests {

    @TempDir
    static Path storeDir;

    private static TwoModelStore store;

    private ModelHolder holder;

    private ModelSwitcher switcher;

    @BeforeAll
    static void writeStore() {
        store = new TwoModelStore(storeDir);
    }

    @BeforeEach
    void createSwitcher() {
        this.holder = new ModelHolder();
        this.switcher = new ModelSwitcher(this.holder, new ModelLoader(),
                new ModelLifecycleMetrics(new SimpleMeterRegistry()));
    }

    @AfterEach
    void close() {
        this.switcher.close();
        this.holder.close();
    }

    @Test
    void anEnvironmentChangeSwitchesOnlyWhenTheSelectionChanged() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        Map<String, Object> values = new HashMap<>(Map.of("hvs.model.tracking-uri", store.root.toString(),
                "BEST_MLFLOW_RUN_ID", store.a.runId(), "hvs.model.run-id", "${BEST_MLFLOW_RUN_ID:}"));
        environment.getPropertySources().addFirst(new MapPropertySource("configmap", values));
        ModelSelection selection = new ModelSelection(environment, null);
        ModelEnvironmentListener listener = new ModelEnvironmentListener(selection, this.switcher);
        this.switcher.load(selection.current(), "test");
        assertThat(this.switcher.switchIfChanged(selection.current(), "test")).as("selection unchanged").isNull();
        values.put("BEST_MLFLOW_RUN_ID", store.b.runId());
        listener.onApplicationEvent(new EnvironmentChangeEvent(Set.of("BEST_MLFLOW_RUN_ID")));
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(this.switcher.served().source().runId()).isEqualTo(store.b.runId()));
        assertThat(this.switcher.lastLoad().trigger()).isEqualTo(ModelEnvironmentListener.TRIGGER);
    }

    @Test
    void theSwitchFileOverridesTheEnvironment() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("app", Map.of("hvs.model.tracking-uri",
                store.root.toString(), "hvs.model.run-id", store.a.runId())));
        Path file = storeDir.resolve("model-switch.properties");
        ModelSelection selection = new ModelSelection(environment, file);
        assertThat(selection.current().runId()).isEqualTo(store.a.runId());
        Files.writeString(file, "# switch to B\nhvs.model.run-id=" + store.b.runId() + "\n");
        assertThat(selection.current().runId()).isEqualTo(store.b.runId());
        assertThat(selection.current().trackingUri()).isEqualTo(store.root.toString());
        Files.delete(file);
    }

}
