package io.hvs.hazard.inference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.hvs.hazard.FireHazardApplication;
import io.hvs.hazard.testsupport.TinyModelStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.awaitility.Awaitility.await;

/**
 * A model that cannot be served at start-up stops the service, with a message naming the model: through the
 * fatal handler (exit 1 in production, recorded here) when loading asynchronously, by failing the context when
 * blocking. A switch file that is no selection fails the context in either mode.
 */
class StartupFailureTests {

    private static final String MISSING_RUN = "ffffffffffffffffffffffffffffffff";

    private static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(FireHazardApplication.class);
    }

    /** As command-line arguments: they outrank application.yaml (builder properties would not). */
    private static String[] args(String startup) {
        return new String[] { "--server.port=0", "--hvs.model-lifecycle.startup=" + startup,
                "--hvs.model.tracking-uri=" + TinyModelStore.root(), "--hvs.model.run-id=" + MISSING_RUN };
    }

    @Test
    void asyncStartUpReportsAnUnservableModelAsFatal() {
        AtomicReference<String> fatal = new AtomicReference<>();
        FatalStartupHandler recorder = (message, cause) -> fatal.set(message);
        try (ConfigurableApplicationContext context = application()
            .initializers((ctx) -> ctx.getBeanFactory().registerSingleton("fatalStartupHandler", recorder))
            .run(args("async"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> fatal.get() != null);
            assertThat(fatal.get()).contains("cannot be served").contains("runs:/" + MISSING_RUN + "/model");
            assertThat(context.getBean(ModelHolder.class).state()).isEqualTo(ModelHolder.State.FAILED);
        }
    }

    @Test
    void aSwitchFileThatIsNotASelectionFailsTheStartInsteadOfServingTheDefault(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("model.properties"), "HVS_MODEL_ALIAS=challenger\n");
        assertThatException().isThrownBy(() -> application().run("--server.port=0",
                "--hvs.model.tracking-uri=" + TinyModelStore.root(), "--hvs.model-lifecycle.switch-file=" + file)
            .close())
            .withStackTraceContaining("has keys the selection does not know: HVS_MODEL_ALIAS");
    }

    @Test
    void blockingStartUpFailsTheContextNamingTheModel() {
        assertThatException().isThrownBy(() -> application().run(args("blocking")).close())
            .withStackTraceContaining("runs:/" + MISSING_RUN + "/model");
    }

}
