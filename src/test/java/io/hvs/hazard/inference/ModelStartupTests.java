package io.hvs.hazard.inference;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.hvs.hazard.FireHazardApplication;
import io.hvs.hazard.model.ModelLoadException;
import io.hvs.hazard.testsupport.TinyModelStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Start-up fails fast, naming the problem, when the selected run cannot be served; it loads and reports READY
 * when it can. No web server: only the model path is under test.
 */
class ModelStartupTests {

    /** Command-line arguments: they win over application.yaml, as an operator's settings would. */
    private static ConfigurableApplicationContext run(String runId) {
        return new SpringApplicationBuilder(FireHazardApplication.class).web(WebApplicationType.NONE)
            .run("--hvs.model.tracking-uri=" + TinyModelStore.root(), "--hvs.model.run-id=" + runId,
                    "--hvs.model.uri=", "--hvs.model-lifecycle.startup=blocking");
    }

    @Test
    void unknownRunFailsStartUpNamingTheRun() {
        assertThatThrownBy(() -> run("0123456789abcdef0123456789abcdef")).satisfies((failure) -> {
            Throwable cause = failure;
            while (cause != null && !(cause instanceof ModelLoadException)) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("runs:/0123456789abcdef0123456789abcdef/model")
                .hasMessageContaining(TinyModelStore.root().toString());
        });
    }

    @Test
    void servableRunIsReadyAfterStartUp() {
        try (ConfigurableApplicationContext context = run(TinyModelStore.run().runId())) {
            ModelHolder holder = context.getBean(ModelHolder.class);
            assertThat(holder.state()).isEqualTo(ModelHolder.State.READY);
            assertThat(context.getBean(HazardPredictor.class).predict(List.of(new double[30])).size())
                .isEqualTo(1);
        }
    }

}
