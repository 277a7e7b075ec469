package io.hvs.hazard.cloudevents;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CloudEvent samples in events/ carry the sample payloads training writes (events/test_payload*.json) as
 * their data, so the README's curl examples post the readings the committed model was checked on. When training
 * rewrites the payloads, this fails until the samples' data is copied over again (the attributes stay as they are;
 * ce-binary.body.json is a plain copy of test_payload_hazardous.json).
 */
class EventSamplesSyncTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void binarySampleBodyIsTheHazardousPayloadByteForByte() {
        assertThat(EventSamples.binaryBody()).isEqualTo(EventSamples.bytes(EventSamples.HAZARDOUS_PAYLOAD));
    }

    @Test
    void structuredSampleCarriesTheNormalPayload() throws Exception {
        assertThat(sample("ce-structured.json").path("data")).isEqualTo(payload(EventSamples.NORMAL_PAYLOAD));
    }

    @Test
    void base64SampleCarriesTheHazardousPayloadByteForByte() throws Exception {
        String base64 = sample("ce-structured-base64.json").path("data_base64").asText();
        assertThat(Base64.getDecoder().decode(base64)).isEqualTo(EventSamples.bytes(EventSamples.HAZARDOUS_PAYLOAD));
    }

    @Test
    void batchSampleCarriesTheNormalThenTheHazardousPayload() throws Exception {
        JsonNode batch = sample("ce-batch.json");
        assertThat(batch).hasSize(2);
        assertThat(batch.path(0).path("data")).isEqualTo(payload(EventSamples.NORMAL_PAYLOAD));
        assertThat(batch.path(1).path("data")).isEqualTo(payload(EventSamples.HAZARDOUS_PAYLOAD));
    }

    @Test
    void everySampleIsAReadingsEventWithItsOwnId() throws Exception {
        JsonNode batch = sample("ce-batch.json");
        JsonNode[] events = { sample("ce-structured.json"), sample("ce-structured-base64.json"), batch.path(0),
                batch.path(1) };
        Set<String> ids = new HashSet<>();
        ids.add(EventSamples.binaryHeaders().getFirst("ce-id"));
        for (JsonNode event : events) {
            assertThat(event.path("type").asText()).isEqualTo(HazardEventTypes.READINGS);
            ids.add(event.path("id").asText());
        }
        assertThat(EventSamples.binaryHeaders().getFirst("ce-type")).isEqualTo(HazardEventTypes.READINGS);
        assertThat(ids).hasSize(events.length + 1);
    }

    private static JsonNode sample(String name) throws Exception {
        return JSON.readTree(EventSamples.bytes(name));
    }

    private static JsonNode payload(String name) throws Exception {
        JsonNode payload = JSON.readTree(EventSamples.bytes(name));
        assertThat(payload.path("readings")).as(name + " readings").isNotEmpty();
        return payload;
    }

}
