package io.hvs.hazard.cloudevents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CloudEventRequestDecoderTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudEventRequestDecoder decoder = new CloudEventRequestDecoder();

    @Test
    void plainJsonIsNotACloudEvent() {
        assertThat(this.decoder.decode(EventSamples.contentType("application/json"), EventSamples.binaryBody()))
            .isNull();
    }

    @Nested
    class Batch {

        private static final String TYPE = "application/cloudevents-batch+json";

        @Test
        void decodesEveryEventInOrder() {
            DecodedRequest request = decoder.decode(EventSamples.contentType(TYPE), EventSamples.bytes("ce-batch.json"));
            assertThat(request.mode()).isEqualTo(CloudEventMode.BATCH);
            assertThat(request.events()).extracting((e) -> e.event().getId())
                .containsExactly("readings-0004", "readings-0005");
            assertThat(request.events()).extracting(DecodedEvent::index).containsExactly(0, 1);
            assertThat(request.events()).extracting(DecodedEvent::dataPointer).containsExactly("/0/data", "/1/data");
        }

        @Test
        void everyBadEventIsNamedByIndex() throws Exception {
            JsonNode batch = JSON.readTree(EventSamples.bytes("ce-batch.json"));
            ((ObjectNode) batch.get(1)).remove("id");
            ((ObjectNode) batch.get(0)).put("specversion", "2.0");
            assertThatExceptionOfType(CloudEventException.class)
                .isThrownBy(() -> decoder.decode(EventSamples.contentType(TYPE), batch.toString().getBytes()))
                .satisfies((ex) -> {
                    assertThat(ex.getStatusCode().value()).isEqualTo(400);
                    assertThat(ex.errors()).extracting(EventError::event, EventError::pointer)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "/0/specversion"),
                                org.assertj.core.groups.Tuple.tuple(1, "/1/id"));
                });
        }

        @ParameterizedTest
        @ValueSource(strings = { "[]", "{}", "[1]" })
        void aBatchMustBeANonEmptyArrayOfEvents(String body) {
            assertThatExceptionOfType(CloudEventException.class)
                .isThrownBy(() -> decoder.decode(EventSamples.contentType(TYPE), body.getBytes()))
                .satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(400));
        }

    }

}
