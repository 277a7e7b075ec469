package io.hvs.hazard.inference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.testsupport.TestFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What a switch loads: the selection bound afresh from the environment with the switch file on top, and which
 * switch files are refused (not UTF-8, not properties, keys the selection does not know).
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

    private static StandardEnvironment servingA() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("app", Map.of("hvs.model.tracking-uri",
                store.root.toString(), "hvs.model.run-id", store.a.runId())));
        return environment;
    }

    @Test
    void theSwitchFileOverridesTheEnvironment() throws Exception {
        Path file = storeDir.resolve("model-switch.properties");
        ModelSelection selection = new ModelSelection(servingA(), file);
        assertThat(selection.select(selection.readSwitchFile()).runId()).isEqualTo(store.a.runId());
        Files.writeString(file, "# switch to B\nhvs.model.run-id=" + store.b.runId() + "\n");
        assertThat(selection.select(selection.readSwitchFile()).runId()).isEqualTo(store.b.runId());
        assertThat(selection.select(selection.readSwitchFile()).trackingUri()).isEqualTo(store.root.toString());
        Files.delete(file);
    }

    @Test
    void noSwitchFileConfiguredOrNoneThereYetMeansTheEnvironmentsSelection() {
        assertThat(new ModelSelection(servingA(), null).readSwitchFile()).isNull();
        ModelSelection notThereYet = new ModelSelection(servingA(), storeDir.resolve("volume/model.properties"));
        assertThat(notThereYet.readSwitchFile()).isNull();
        assertThat(notThereYet.select(null).runId()).isEqualTo(store.a.runId());
    }

    @Test
    void aSwitchFileMayHoldEveryModelPropertyInTheConfigurationTablesForm() {
        assertThat(ModelSelection.KEYS).containsExactly("hvs.model.tracking-uri", "hvs.model.run-id",
                "hvs.model.uri", "hvs.model.registered-name", "hvs.model.alias");
        ModelSelection selection = new ModelSelection(servingA(), storeDir.resolve("model.properties"));
        byte[] content = String.join("\n", "hvs.model.run-id=", "hvs.model.uri = models:/m/2",
                "hvs.model.registered-name: m", "hvs.model.alias=challenger").getBytes(StandardCharsets.UTF_8);
        assertThat(selection.select(content)).satisfies((properties) -> {
            assertThat(properties.runId()).isEmpty();
            assertThat(properties.uri()).isEqualTo("models:/m/2");
            assertThat(properties.registeredName()).isEqualTo("m");
            assertThat(properties.alias()).isEqualTo("challenger");
        });
    }

    @Test
    void theCommittedConfigMapsFileSelectsTheChampion() {
        StandardEnvironment nothingElse = new StandardEnvironment();
        nothingElse.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        nothingElse.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        ModelSelection selection = new ModelSelection(nothingElse, Path.of("/etc/hvs-model/model.properties"));
        String committed = ConfigMapVolume.committedData().get("model.properties");
        assertThat(selection.select(committed.getBytes(StandardCharsets.UTF_8))).satisfies((properties) -> {
            assertThat(properties.uri()).isEmpty();
            assertThat(properties.runId()).isEmpty();
            assertThat(properties.registeredName()).isEqualTo(TestFixtures.MODEL_NAME);
            assertThat(properties.alias()).isEqualTo("champion");
        });
    }

    @Test
    void keysTheSelectionDoesNotKnowAreRefusedNotIgnored() {
        ModelSelection selection = new ModelSelection(servingA(), storeDir.resolve("model.properties"));
        // The old ConfigMap's env-style keys, a typo, and a property of another record.
        byte[] content = ("BEST_MLFLOW_RUN_ID=" + store.b.runId() + "\nhvs.model.run=x\n"
                + "hvs.model-lifecycle.startup=blocking\n").getBytes(StandardCharsets.UTF_8);
        assertThatIllegalArgumentException().isThrownBy(() -> selection.select(content))
            .withMessageContaining("model.properties has keys the selection does not know: BEST_MLFLOW_RUN_ID, "
                    + "hvs.model-lifecycle.startup, hvs.model.run")
            .withMessageContaining("known: hvs.model.tracking-uri, hvs.model.run-id");
    }

    @Test
    void aFileThatIsNotUtf8TextIsRefused() {
        ModelSelection selection = new ModelSelection(servingA(), storeDir.resolve("model.properties"));
        byte[] content = { 'h', 'v', 's', '.', (byte) 0xC3, (byte) 0x28, '=', (byte) 0xFF };
        assertThatIllegalArgumentException().isThrownBy(() -> selection.select(content))
            .withMessageEndingWith("model.properties is not UTF-8 text");
    }

    @Test
    void aFileThatIsNotAPropertiesFileIsRefused() {
        ModelSelection selection = new ModelSelection(servingA(), storeDir.resolve("model.properties"));
        byte[] content = "hvs.model.run-id=\\u12G4\n".getBytes(StandardCharsets.UTF_8);
        assertThatIllegalArgumentException().isThrownBy(() -> selection.select(content))
            .withMessageContaining("model.properties is not a properties file (Malformed");
    }

}
