package io.hvs.hazard.inference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import io.hvs.hazard.model.ModelLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The switch file watcher, one poll at a time (no timing): idle without a file, a file that appears after start
 * is loaded, an unchanged file is not, and a file that cannot be read or parsed is one failed load (the old model
 * serving on, visible in the gauge and last_load) until it changes again.
 */
class ModelSwitchFileWatcherTests {

    @TempDir
    static Path storeDir;

    @TempDir
    Path volume;

    private static TwoModelStore store;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private ModelHolder holder;

    private ModelSwitcher switcher;

    private ModelSwitchFileWatcher watcher;

    @BeforeAll
    static void writeStore() {
        store = new TwoModelStore(storeDir);
    }

    @BeforeEach
    void createSwitcher() {
        this.holder = new ModelHolder();
        this.switcher = new ModelSwitcher(this.holder, new ModelLoader(), new ModelLifecycleMetrics(this.registry));
    }

    @AfterEach
    void close() {
        if (this.watcher != null) {
            this.watcher.stop();
        }
        this.switcher.close();
        this.holder.close();
    }

    /** A watcher whose environment selects run A, started from {@code file}'s current state with A served. */
    private ModelSwitchFileWatcher startServingA(Path file) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("app", Map.of("hvs.model.tracking-uri",
                store.root.toString(), "hvs.model.run-id", store.a.runId())));
        this.watcher = new ModelSwitchFileWatcher(new ModelSelection(environment, file), this.switcher,
                Duration.ofHours(1));
        this.switcher.load(this.watcher.initialSelection(), ModelStartup.TRIGGER);
        return this.watcher;
    }

    private double loadFailing() {
        return this.registry.get("hvs.model.load.failing").gauge().value();
    }

    /** Poller threads in this JVM (cached Spring contexts of other test classes may run their own). */
    private static long pollerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
            .filter((thread) -> thread.getName().equals("hvs-model-switch-file"))
            .count();
    }

    @Test
    void withoutASwitchFileItStartsNoThreadAndLoadsNothing() {
        ModelSwitchFileWatcher watcher = startServingA(null);
        long before = pollerThreads();
        watcher.start();
        assertThat(watcher.isRunning()).isFalse();
        assertThat(pollerThreads()).isEqualTo(before);
        assertThat(watcher.poll()).isNull();
        assertThat(this.switcher.lastLoad().trigger()).isEqualTo(ModelStartup.TRIGGER);
    }

    @Test
    void withASwitchFileItPollsOnItsOwnThreadUntilStopped() {
        ModelSwitchFileWatcher watcher = startServingA(this.volume.resolve("model.properties"));
        long before = pollerThreads();
        watcher.start();
        assertThat(watcher.isRunning()).isTrue();
        assertThat(pollerThreads()).isEqualTo(before + 1);
        watcher.stop();
        assertThat(watcher.isRunning()).isFalse();
    }

    @Test
    void aFileThatAppearsAfterStartIsLoadedAndAnUnchangedOneIsNot() throws Exception {
        Path file = this.volume.resolve("model.properties");
        ModelSwitchFileWatcher watcher = startServingA(file);
        assertThat(watcher.poll()).as("no file yet, as at start").isNull();
        Files.writeString(file, "hvs.model.run-id=" + store.b.runId() + "\n");
        assertThat(watcher.poll().join().source().runId()).isEqualTo(store.b.runId());
        assertThat(this.switcher.lastLoad().trigger()).isEqualTo(ModelSwitchFileWatcher.TRIGGER);
        assertThat(watcher.poll()).as("unchanged").isNull();
    }

    @Test
    void aRemovedFileFallsBackToTheEnvironmentsSelection() throws Exception {
        Path file = this.volume.resolve("model.properties");
        Files.writeString(file, "hvs.model.run-id=" + store.b.runId() + "\n");
        ModelSwitchFileWatcher watcher = startServingA(file);
        assertThat(this.switcher.served().source().runId()).as("the file at start").isEqualTo(store.b.runId());
        Files.delete(file);
        assertThat(watcher.poll().join().source().runId()).isEqualTo(store.a.runId());
    }

    @Test
    void aGarbledFileIsOneFailedLoadAndTheOldModelServesOnUntilItIsFixed() throws Exception {
        Path file = this.volume.resolve("model.properties");
        ModelSwitchFileWatcher watcher = startServingA(file);
        Files.writeString(file, "BEST_MLFLOW_RUN_ID=" + store.b.runId() + "\n");
        CompletableFuture<ServedModel> garbled = watcher.poll();
        assertThatExceptionOfType(CompletionException.class).isThrownBy(garbled::join)
            .withCauseInstanceOf(IllegalArgumentException.class);
        assertThat(this.switcher.served().source().runId()).isEqualTo(store.a.runId());
        assertThat(this.switcher.lastLoad().failed()).isTrue();
        assertThat(this.switcher.lastLoad().requestedUri()).isNull();
        assertThat(loadFailing()).isEqualTo(1);
        assertThat(watcher.poll()).as("reported once, not every poll").isNull();
        Files.writeString(file, "hvs.model.run-id=" + store.b.runId() + "\n");
        assertThat(watcher.poll().join().source().runId()).isEqualTo(store.b.runId());
        assertThat(loadFailing()).isZero();
    }

    @Test
    void aFileThatCannotBeReadIsOneFailedLoad() throws Exception {
        Path file = this.volume.resolve("model.properties");
        ModelSwitchFileWatcher watcher = startServingA(file);
        // A directory where the file should be: unreadable as a file even for root (file modes are not).
        Files.createDirectory(file);
        CompletableFuture<ServedModel> unreadable = watcher.poll();
        assertThatExceptionOfType(CompletionException.class).isThrownBy(unreadable::join)
            .withMessageContaining("cannot read the model switch file");
        assertThat(this.switcher.served().source().runId()).isEqualTo(store.a.runId());
        assertThat(this.switcher.lastLoad().failed()).isTrue();
        assertThat(loadFailing()).isEqualTo(1);
        assertThat(watcher.poll()).as("reported once, not every poll").isNull();
    }

    @Test
    void aGarbledFileAtStartFailsTheStartInsteadOfServingTheEnvironmentsChoice() throws Exception {
        Path file = Files.writeString(this.volume.resolve("model.properties"), "hvs.model.alias=\\u00\n");
        ModelSwitchFileWatcher watcher = new ModelSwitchFileWatcher(
                new ModelSelection(new StandardEnvironment(), file), this.switcher, Duration.ofHours(1));
        assertThatIllegalArgumentException().isThrownBy(watcher::initialSelection)
            .withMessageContaining("is not a properties file");
    }

}
