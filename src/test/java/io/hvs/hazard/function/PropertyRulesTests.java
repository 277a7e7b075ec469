package io.hvs.hazard.function;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import io.hvs.hazard.cloudevents.CloudEventProperties;
import io.hvs.hazard.inference.InferenceProperties;
import io.hvs.hazard.model.ModelProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the {@code hvs.*} settings, checked by the records themselves (no Bean Validation on the class
 * path: it cost start-up time, issue 7), as Boot binds them: a bad value stops the context, and the failure
 * names the property and why.
 */
class PropertyRulesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withUserConfiguration(AllProperties.class);

    @Test
    void defaultsBind() {
        this.runner.run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(InferenceProperties.class).maxReadings()).isEqualTo(1000);
            assertThat(context.getBean(ModelProperties.class).alias()).isEqualTo("champion");
            assertThat(context.getBean(CloudEventProperties.class).source()).isEqualTo("/hvs-api");
        });
    }

    @Test
    void validKnativeRevisionBinds() {
        this.runner.withPropertyValues("hvs.cloudevents.revision=hvs-api-00007.a_b").run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CloudEventProperties.class).revision()).isEqualTo("hvs-api-00007.a_b");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void badSettingStopsTheContextNamingIt(String setting, String expectedReason) {
        this.runner.withPropertyValues(setting).run((context) -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(setting.substring(0, setting.indexOf('=')))
                .hasMessageContaining(expectedReason);
        });
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(Arguments.of("hvs.inference.max-readings=0", "at least 1"),
                Arguments.of("hvs.inference.max-history-length=-5", "at least 1"),
                Arguments.of("hvs.model.tracking-uri= ", "must not be blank"),
                Arguments.of("hvs.model.registered-name=", "must not be blank"),
                Arguments.of("hvs.model.alias=  ", "must not be blank"),
                Arguments.of("hvs.cloudevents.source=", "must not be blank"),
                Arguments.of("hvs.cloudevents.revision=rev/with/slashes", "must match"),
                Arguments.of("hvs.http.max-body-size=0B", "must be positive"),
                Arguments.of("hvs.shutdown.drain=-1s", "must not be negative"));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ InferenceProperties.class, ModelProperties.class, CloudEventProperties.class,
            HttpProperties.class, ShutdownProperties.class })
    static class AllProperties {

    }

}
