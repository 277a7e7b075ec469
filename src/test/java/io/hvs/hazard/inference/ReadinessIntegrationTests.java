package io.hvs.hazard.inference;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.hvs.hazard.FireHazardApplication;
import io.hvs.hazard.model.ModelLoader;
import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TinyModelStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.spy;

/**
 * Asynchronous start-up: the server and liveness are up while the model loads (held back by a latch here),
 * readiness is DOWN and predictions are 503 with Retry-After until the model is loaded and warmed up, then
 * readiness turns UP.
 */
@SpringBootTest(classes = { FireHazardApplication.class, ReadinessIntegrationTests.SlowLoading.class },
        webEnvironment = WebEnvironment.RANDOM_PORT, properties = "hvs.model-lifecycle.startup=async")
class ReadinessIntegrationTests {

    static final CountDownLatch release = new CountDownLatch(1);

    private static final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servedModel(DynamicPropertyRegistry registry) {
        registry.add("hvs.model.tracking-uri", () -> TinyModelStore.root().toString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
                BodyHandlers.ofString());
    }

    @Test
    void readinessIsDownUntilTheModelIsWarmWhileLivenessIsUp() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
        HttpResponse<String> liveness = get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> early = client.send(HttpRequest
            .newBuilder(URI.create("http://localhost:" + this.port + "/predict"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(TestFixtures.toJson(TestFixtures.normalReading())))
            .build(), BodyHandlers.ofString());
        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).isPresent();

        release.countDown();

        await().atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200));
        assertThat(get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    /** Holds every model load until the test releases it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SlowLoading {

        @Bean
        static BeanPostProcessor holdModelLoading() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof ModelLoader loader)) {
                        return bean;
                    }
                    ModelLoader held = spy(loader);
                    willAnswer((invocation) -> {
                        release.await();
                        return invocation.callRealMethod();
                    }).given(held).load(any());
                    return held;
                }
            };
        }

    }

}
