package io.hvs.hazard.cloudevents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.http.HttpMessageFactory;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import io.hvs.hazard.api.HazardPrediction;
import io.hvs.hazard.api.HazardResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The reply event and its encoding, without a server; the running function is covered by the integration tests. */
class CloudEventRepliesTests {

    private static final Instant NOW = Instant.parse("2026-03-14T09:27:00Z");

    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final PredictionEventFactory factory = new PredictionEventFactory(URI.create("/hvs-api/hvs-api-00001"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private final CloudEventReplyEncoder encoder = new CloudEventReplyEncoder(CloudEventJson.mapper());

    private final CloudEvent input = CloudEventBuilder.v1()
        .withId("in-1")
        .withSource(URI.create("/racks"))
        .withType(HazardEventTypes.READINGS)
        .withExtension("traceparent", TRACE)
        .build();

    @Test
    void aHazardousSingleModuleReply() {
        CloudEvent reply = reply(input, response(new HazardPrediction("Rack A2/ü", 1, 0.97)));
        assertThat(reply.getId()).isNotEqualTo("in-1").hasSize(36);
        assertThat(reply.getSource()).isEqualTo(URI.create("/hvs-api/hvs-api-00001"));
        assertThat(reply.getType()).isEqualTo("io.hvs.hazard.prediction.v1");
        assertThat(reply.getSubject()).isEqualTo("Rack A2/ü");
        assertThat(reply.getTime()).isEqualTo(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
        assertThat(reply.getDataContentType()).isEqualTo("application/json");
        assertThat(reply.getExtension("hazard")).isEqualTo("true");
        assertThat(reply.getExtension("modelversion")).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(reply.getExtension("inputid")).isEqualTo("in-1");
        assertThat(reply.getExtension("traceparent")).isEqualTo(TRACE);
    }

    @Test
    void severalModulesHaveNoSubjectAndNormalReadingsAreNotHazardous() {
        CloudEvent reply = reply(input, response(new HazardPrediction("RackA1_Module01", 0, 0.01),
                new HazardPrediction("RackA1_Module02", 0, 0.02)));
        assertThat(reply.getSubject()).isNull();
        assertThat(reply.getExtension("hazard")).isEqualTo("false");
    }

    @Test
    void traceparentFallsBackToTheHttpHeaderAndInvalidOnesAreDropped() {
        CloudEvent plain = CloudEventBuilder.v1(input).withoutExtension("traceparent").build();
        HazardResponse response = response(new HazardPrediction("m", 0, 0.1));
        assertThat(factory.reply(plain, response, new byte[] { '{', '}' }, TRACE).getExtension("traceparent"))
            .isEqualTo(TRACE);
        assertThat(factory.reply(plain, response, new byte[] { '{', '}' }, "garbage").getExtension("traceparent"))
            .isNull();
    }

    @Test
    void binaryRepliesArePercentEncodedAndReadBackByTheSdk() {
        CloudEvent reply = reply(input, response(new HazardPrediction("Rack A2/ü", 1, 0.97)));
        ResponseEntity<byte[]> http = encoder.encode(CloudEventMode.BINARY, List.of(reply));
        HttpHeaders headers = http.getHeaders();
        assertThat(headers.getFirst("ce-subject")).isEqualTo("Rack%20A2/%C3%BC");
        assertThat(headers.getContentType().toString()).isEqualTo("application/json");
        assertThat(headers.getFirst("ce-time")).isEqualTo("2026-03-14T09:27:00Z");
        HttpHeaders decoded = new HttpHeaders();
        headers.forEach((name, values) -> decoded.put(name,
                values.stream().map((v) -> name.startsWith("ce-") ? PercentCodec.decode(v) : v).toList()));
        CloudEvent read = HttpMessageFactory.createReaderFromMultimap(decoded, http.getBody()).toEvent();
        assertThat(read).isEqualTo(reply);
    }

    @Test
    void structuredAndBatchRepliesUseTheJsonFormat() {
        CloudEvent reply = reply(input, response(new HazardPrediction("m", 0, 0.1)));
        ResponseEntity<byte[]> structured = encoder.encode(CloudEventMode.STRUCTURED, List.of(reply));
        assertThat(structured.getHeaders().getContentType().toString()).isEqualTo("application/cloudevents+json");
        assertThat(new String(structured.getBody(), StandardCharsets.UTF_8)).contains("\"data\":{\"predictions\"");
        ResponseEntity<byte[]> batch = encoder.encode(CloudEventMode.BATCH, List.of(reply, reply));
        assertThat(batch.getHeaders().getContentType().toString()).isEqualTo("application/cloudevents-batch+json");
        assertThat(new String(batch.getBody(), StandardCharsets.UTF_8)).startsWith("[{").contains("},{");
    }

    @Test
    void aReplyNeverMatchesTheInputTriggerButAHazardousOneReachesTheAlertTrigger() {
        TriggerFilter readings = TriggerFilter.load("trigger-readings.yaml");
        TriggerFilter alerts = TriggerFilter.load("trigger-hazard-alerts.yaml");
        assertThat(readings.matches(input)).isTrue();
        CloudEvent hazardous = reply(input, response(new HazardPrediction("m", 1, 0.9)));
        CloudEvent normal = reply(input, response(new HazardPrediction("m", 0, 0.1)));
        assertThat(readings.matches(hazardous)).isFalse();
        assertThat(readings.matches(normal)).isFalse();
        assertThat(alerts.matches(hazardous)).isTrue();
        assertThat(alerts.matches(normal)).isFalse();
    }

    private CloudEvent reply(CloudEvent in, HazardResponse response) {
        return factory.reply(in, response, "{\"predictions\":[]}".getBytes(StandardCharsets.UTF_8), null);
    }

    private static HazardResponse response(HazardPrediction... predictions) {
        return new HazardResponse(List.of(predictions), "0123456789abcdef0123456789abcdef", "hvs-hazard-classifier",
                "models:/hvs-hazard-classifier/1", 0.5);
    }

}
