package io.hvs.hazard.cloudevents;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.testsupport.HistoryFixtures;
import io.hvs.hazard.testsupport.ServingIntegrationTest;
import io.hvs.hazard.testsupport.TestFixtures;
import io.hvs.hazard.testsupport.TinyHazardModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Raw histories as CloudEvent data: the CloudEvents modes score them through the same core as POST /predict, a
 * batch may mix feature readings and histories, and a bad history is a 400 pointing into the event's data.
 */
class HistoryCloudEventIntegrationTests extends ServingIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private CloudEventClient client;

    @BeforeEach
    void client() {
        this.client = new CloudEventClient(URI.create("http://localhost:" + this.port + "/predict"));
    }

    private static CloudEvent event(String id, String data) {
        return CloudEventBuilder.v1()
            .withId(id)
            .withSource(URI.create("/hvs/racks/telemetry-gateway"))
            .withType("io.hvs.battery.readings.v1")
            .withDataContentType("application/json")
            .withData(data.getBytes(StandardCharsets.UTF_8))
            .build();
    }

    private static String handMadeHistory() {
        return HistoryFixtures.body(HistoryFixtures.history("RackA1_Module01", HistoryFixtures.handMadeReadings()));
    }

    private static JsonNode data(CloudEvent reply) throws Exception {
        return JSON.readTree(reply.getData().toBytes());
    }

    @Test
    void binaryEventWithAHistoryIsAnsweredForItsNewestReading() throws Exception {
        HttpResponse<byte[]> response = this.client.sendBinary(event("h-1", handMadeHistory()), Map.of());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        JsonNode prediction = data(CloudEventClient.read(response)).path("predictions").get(0);
        assertThat(prediction.path("hazard_probability").asDouble()).isCloseTo(
                TinyHazardModel.expectedProbability(HistoryFixtures.handMadeFeatures()), within(1e-5));
        assertThat(prediction.path("readings_used").asInt()).isEqualTo(3);
    }

    @Test
    void batchMixingReadingsAndHistoriesKeepsEventOrder() throws Exception {
        String readings = TestFixtures.toJson(Map.of("readings", List.of(TestFixtures.readingJson("RackB1_Module01",
                TestFixtures.normalReading()), TestFixtures.readingJson("RackB1_Module02",
                        TestFixtures.hazardousReading()))));
        HttpResponse<byte[]> response = this.client.sendBatch(List.of(event("h-1", handMadeHistory()),
                event("r-2", readings), event("h-3", handMadeHistory())));
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        List<CloudEvent> replies = this.client.readBatch(response);
        assertThat(replies).hasSize(3);
        assertThat(data(replies.get(0)).path("predictions")).hasSize(1);
        assertThat(data(replies.get(0)).path("predictions").get(0).path("readings_used").asInt()).isEqualTo(3);
        JsonNode middle = data(replies.get(1)).path("predictions");
        assertThat(middle).hasSize(2);
        assertThat(middle.get(1).path("hazard_probability").asDouble())
            .isCloseTo(TinyHazardModel.expectedProbability(TestFixtures.hazardousReading()), within(1e-5));
        assertThat(middle.get(1).has("readings_used")).isFalse();
        assertThat(data(replies.get(2)).path("predictions").get(0).path("Module_ID").asText())
            .isEqualTo("RackA1_Module01");
    }

    @Test
    void badHistoryInAnEventIsA400IntoItsData() throws Exception {
        List<Map<String, Object>> unsorted = HistoryFixtures.handMadeReadings();
        unsorted.get(2).put("Timestamp", "2023-12-31T23:59:59Z");
        HttpResponse<byte[]> response = this.client.sendBinary(event("h-bad", HistoryFixtures.body(
                HistoryFixtures.history("RackA1_Module01", unsorted))), Map.of());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
            .contains("/histories/0/readings/2/Timestamp");
    }

}
