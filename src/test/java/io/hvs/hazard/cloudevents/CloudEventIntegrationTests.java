package io.hvs.hazard.cloudevents;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.jackson.JsonFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.testsupport.ServingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running function with a real CloudEvents client (the SDK's HTTP binding over java.net.http): every reply
 * attribute in binary, structured and batched mode, no echoed ce- headers, and every invalid event a 400
 * problem. Defect pinned: Spring Cloud Function 4.3 on its own echoes the input's ce- headers (a reply loop),
 * answers structured events with plain JSON, drops data_base64 and answers bad JSON with 500 or 200.
 */
class CloudEventIntegrationTests extends ServingIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    @LocalServerPort
    int port;

    private CloudEventClient client;

    private final JsonFormat format = new JsonFormat();

    @BeforeEach
    void client() {
        this.client = new CloudEventClient(URI.create("http://localhost:" + this.port + "/predict"));
    }

    @Test
    void binaryInBinaryOutWithEveryAttributeAndNoEcho() throws Exception {
        CloudEvent input = HttpMessageFactory.createReaderFromMultimap(EventSamples.binaryHeaders(),
                EventSamples.binaryBody()).toEvent();
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        HttpResponse<byte[]> response = this.client.sendBinary(CloudEventBuilder.v1(input).withExtension("foo", "bar")
            .build(), Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                    "Ce-Knativearrivaltime", "2026-03-14T09:26:54Z"));
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("ce-time")).hasValueSatisfying((t) -> assertThat(t).matches(RFC3339));
        assertThat(response.headers().map().keySet()).noneMatch((h) -> h.equalsIgnoreCase("ce-foo")
                || h.equalsIgnoreCase("ce-knativearrivaltime"));
        CloudEvent reply = CloudEventClient.read(response);
        assertReply(reply, input, EventSamples.binaryBody(), before);
        assertThat(reply.getExtension("traceparent"))
            .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(reply.getExtension("foo")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ce-structured.json", "ce-structured-base64.json" })
    void structuredInStructuredOut(String sample) throws Exception {
        CloudEvent input = this.format.deserialize(EventSamples.bytes(sample));
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        HttpResponse<byte[]> response = this.client.sendStructured(input);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/cloudevents+json");
        assertThat(response.headers().map().keySet()).noneMatch(CloudEventMode::isCloudEventHeader);
        assertThat(JSON.readTree(response.body()).path("time").asText()).matches(RFC3339);
        assertReply(CloudEventClient.read(response), input, input.getData().toBytes(), before);
    }

    @Test
    void batchInBatchOutInOrder() throws Exception {
        List<CloudEvent> samples = List.of(CloudEventJson.mapper()
            .readValue(EventSamples.bytes("ce-batch.json"), CloudEvent[].class));
        // A third event with both modules' readings: the model scores all four readings in one call.
        ArrayNode both = JSON.createArrayNode();
        samples.forEach((event) -> both.addAll((ArrayNode) readTree(event.getData().toBytes()).path("readings")));
        CloudEvent third = CloudEventBuilder.v1(samples.get(0))
            .withId("readings-0006")
            .withData("application/json", JSON.writeValueAsBytes(JSON.createObjectNode().set("readings", both)))
            .build();
        List<CloudEvent> inputs = List.of(samples.get(0), third, samples.get(1));
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        HttpResponse<byte[]> response = this.client.sendBatch(inputs);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/cloudevents-batch+json");
        List<CloudEvent> replies = this.client.readBatch(response);
        assertThat(replies).hasSameSizeAs(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            assertReply(replies.get(i), inputs.get(i), inputs.get(i).getData().toBytes(), before);
        }
    }

    @Test
    void plainJsonGetsNoCloudEventHeadersEvenWithKafkaStyleAttributes() {
        HttpResponse<byte[]> response = this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + this.port + "/predict"))
            .header("Content-Type", "application/json")
            .header("ce_specversion", "1.0")
            .header("ce_type", "io.hvs.battery.readings.v1")
            .header("ce_source", "/kafka"), EventSamples.binaryBody());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().map().keySet()).noneMatch(CloudEventHeaderGuardFilter::isEventHeader);
    }

    private void assertReply(CloudEvent reply, CloudEvent input, byte[] data, OffsetDateTime before)
            throws Exception {
        JsonNode plain = JSON.readTree(postPlain(data).body());
        JsonNode replyData = JSON.readTree(reply.getData().toBytes());
        assertThat(reply.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(reply.getId()).isNotBlank().isNotEqualTo(input.getId());
        assertThat(reply.getSource()).isEqualTo(URI.create("/hvs-api"));
        assertThat(reply.getType()).isEqualTo("io.hvs.hazard.prediction.v1");
        assertThat(reply.getTime()).isBetween(before, OffsetDateTime.now().plusSeconds(1));
        assertThat(reply.getDataContentType()).isEqualTo("application/json");
        assertThat(replyData).isEqualTo(plain);
        Set<String> modules = new HashSet<>();
        plain.path("predictions").forEach((p) -> modules.add(p.path("Module_ID").asText()));
        // subject only when the event carries one module
        assertThat(reply.getSubject()).isEqualTo((modules.size() == 1) ? modules.iterator().next() : null);
        boolean hazardous = false;
        for (JsonNode prediction : plain.path("predictions")) {
            hazardous |= prediction.path("hazard_prediction").asInt() == 1;
        }
        assertThat(reply.getExtension("hazard")).isEqualTo(Boolean.toString(hazardous));
        assertThat(reply.getExtension("modelversion")).isEqualTo(plain.path("model_version").asText());
        assertThat(reply.getExtension("inputid")).isEqualTo(input.getId());
        assertThat(TriggerFilter.load("trigger-readings.yaml").matches(reply)).isFalse();
    }

    private static JsonNode readTree(byte[] json) {
        try {
            return JSON.readTree(json);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private HttpResponse<byte[]> postPlain(byte[] data) {
        HttpResponse<byte[]> response = this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + this.port + "/predict")).header("Content-Type", "application/json"), data);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().map().keySet()).noneMatch(CloudEventHeaderGuardFilter::isEventHeader);
        return response;
    }

}
