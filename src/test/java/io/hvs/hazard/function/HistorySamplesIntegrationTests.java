package io.hvs.hazard.function;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.FireHazardApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The README's raw-history samples, posted to the app serving the committed model (./mlruns, champion): each
 * history ends at the very reading of the matching feature sample, so both get the same probability and answer
 * (normal 0, hazardous 1); the history answer adds readings_used 60, a full window and no warnings.
 */
@SpringBootTest(classes = FireHazardApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "hvs.model.tracking-uri=./mlruns", "hvs.model.run-id=", "hvs.model.uri=",
                "hvs.model.registered-name=hvs-hazard-classifier", "hvs.model.alias=champion" })
class HistorySamplesIntegrationTests {

    @LocalServerPort
    int port;

    @BeforeEach
    void awaitReadiness() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        HttpRequest readiness = HttpRequest
            .newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
            .build();
        while (PredictFunctionIntegrationTests.client.send(readiness, BodyHandlers.discarding()).statusCode() != 200) {
            assertThat(Instant.now()).as("model ready in time").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private JsonNode postFile(String file) throws Exception {
        HttpResponse<String> response = PredictFunctionIntegrationTests.send(this.port, "/predict",
                "application/json", BodyPublishers.ofFile(Path.of("events", file)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PredictFunctionIntegrationTests.json(response).path("predictions").get(0);
    }

    @ParameterizedTest
    @CsvSource({ "history_payload.json, test_payload.json, 0, RackA3_Module01",
            "history_payload_hazardous.json, test_payload_hazardous.json, 1, RackA3_Module04" })
    void historySampleGetsTheAnswerOfTheFeatureSampleOfItsNewestReading(String history, String features,
            int expected, String moduleId) throws Exception {
        JsonNode fromHistory = postFile(history);
        JsonNode fromFeatures = postFile(features);
        assertThat(fromHistory.path("Module_ID").asText()).isEqualTo(moduleId);
        assertThat(fromHistory.path("hazard_prediction").asInt()).isEqualTo(expected);
        assertThat(fromFeatures.path("hazard_prediction").asInt()).isEqualTo(expected);
        assertThat(fromHistory.path("hazard_probability").asDouble())
            .isCloseTo(fromFeatures.path("hazard_probability").asDouble(), within(1e-6));
        assertThat(fromHistory.path("readings_used").asInt()).isEqualTo(60);
        assertThat(fromHistory.path("short_window").asBoolean()).isFalse();
        assertThat(fromHistory.path("filled_values").asInt()).isZero();
        assertThat(fromHistory.path("warnings")).isEmpty();
    }

}
