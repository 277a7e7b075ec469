package io.hvs.hazard.testsupport;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.hvs.hazard.FireHazardApplication;

/**
 * Base of the random-port integration tests: the whole application serving the tiny model from
 * {@link TinyModelStore}, with small limits so the 413 paths are cheap to reach. Every subclass shares one
 * cached context (and so one loaded TensorFlow bundle); add properties here, not in subclasses. Metrics export
 * is on (Boot's tests turn it off) so /actuator/prometheus exists as in production.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = FireHazardApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "hvs.inference.max-readings=" + ServingIntegrationTest.MAX_READINGS,
                "hvs.http.max-body-size=" + ServingIntegrationTest.MAX_BODY_BYTES + "B",
                "hvs.inference.max-history-length=" + ServingIntegrationTest.MAX_HISTORY_LENGTH,
                // Tests post right after start-up: load the model before the context is handed over.
                "hvs.model-lifecycle.startup=blocking" })
public abstract class ServingIntegrationTest {

    public static final int MAX_READINGS = 5;

    public static final int MAX_BODY_BYTES = 64 * 1024;

    public static final int MAX_HISTORY_LENGTH = 70;

    @DynamicPropertySource
    static void servedModel(DynamicPropertyRegistry registry) {
        registry.add("hvs.model.tracking-uri", () -> TinyModelStore.root().toString());
        registry.add("hvs.model.run-id", () -> "");
        registry.add("hvs.model.uri", () -> "");
    }

}
