package io.hvs.hazard.cloudevents;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

import io.hvs.hazard.cloudevents.CloudEventException.Kind;

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
    class Binary {

        @Test
        void decodesTheSample() throws Exception {
            DecodedRequest request = decoder.decode(EventSamples.binaryHeaders(), EventSamples.binaryBody());
            assertThat(request.mode()).isEqualTo(CloudEventMode.BINARY);
            assertThat(request.traceparent()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            CloudEvent event = request.events().get(0).event();
            assertThat(event.getId()).isEqualTo("readings-0001");
            assertThat(event.getType()).isEqualTo(HazardEventTypes.READINGS);
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(JSON.readTree(event.getData().toBytes())).isEqualTo(JSON.readTree(EventSamples.binaryBody()));
        }

        @Test
        void headerNamesInAnyCaseAndPercentEncodedValues() {
            HttpHeaders headers = EventSamples.contentType("application/json");
            headers.set("CE-SpecVersion", "1.0");
            headers.set("Ce-Id", "reading%20%C3%A9");
            headers.set("cE-SOURCE", "/racks/a");
            headers.set("ce-type", HazardEventTypes.READINGS);
            headers.set("Ce-Rack", "RackA2");
            CloudEvent event = decoder.decode(headers, EventSamples.binaryBody()).events().get(0).event();
            assertThat(event.getId()).isEqualTo("reading é");
            assertThat(event.getExtension("rack")).isEqualTo("RackA2");
        }

        @ParameterizedTest
        @ValueSource(strings = { "ce-specversion", "ce-id", "ce-source", "ce-type" })
        void aMissingRequiredAttributeIsNamed(String missing) {
            HttpHeaders headers = EventSamples.binaryHeaders();
            headers.remove(missing);
            assertInvalid(headers, Kind.INVALID_EVENT, missing);
        }

        @ParameterizedTest
        @ValueSource(strings = { "0.3", "2.0", "1" })
        void onlySpecVersion10IsAccepted(String version) {
            HttpHeaders headers = EventSamples.binaryHeaders();
            headers.set("ce-specversion", version);
            assertInvalid(headers, Kind.INVALID_EVENT, "ce-specversion");
        }

        @ParameterizedTest
        @ValueSource(strings = { "yesterday", "2026-13-01T00:00:00Z", "2026-03-14 09:26:53" })
        void aBadTimeIsNamed(String time) {
            HttpHeaders headers = EventSamples.binaryHeaders();
            headers.set("ce-time", time);
            assertInvalid(headers, Kind.INVALID_EVENT, "ce-time");
        }

        @ParameterizedTest
        @ValueSource(strings = { "a%2", "a%zz", "%C3%28" })
        void invalidPercentEncodingIsNamed(String id) {
            HttpHeaders headers = EventSamples.binaryHeaders();
            headers.set("ce-id", id);
            assertInvalid(headers, Kind.INVALID_EVENT, "ce-id");
        }

        @Test
        void anAttributeGivenTwiceIsRejected() {
            HttpHeaders headers = EventSamples.binaryHeaders();
            headers.add("ce-id", "second");
            assertInvalid(headers, Kind.INVALID_EVENT, "ce-id");
        }

        @Test
        void ceDataContentTypeIsRejectedInBinaryMode() {
            HttpHeaders headers = EventSamples.binaryHeaders();
            headers.set("ce-datacontenttype", "application/json");
            assertInvalid(headers, Kind.INVALID_EVENT, "ce-datacontenttype");
        }

        @Test
        void anInvalidExtensionNameIsRejected() {
            HttpHeaders headers = EventSamples.binaryHeaders();
            headers.set("ce-bad_name", "x");
            assertInvalid(headers, Kind.INVALID_EVENT, "ce-bad_name");
        }

        @Test
        void anIncompleteSetOfCeHeadersIsAnInvalidEventNotPlainJson() {
            HttpHeaders headers = EventSamples.contentType("application/json");
            headers.set("ce-foo", "bar");
            assertInvalid(headers, Kind.INVALID_EVENT, "ce-specversion");
        }

        @Test
        void anEmptyBodyIsAnEventWithoutData() {
            assertThatExceptionOfType(CloudEventException.class)
                .isThrownBy(() -> decoder.decode(EventSamples.binaryHeaders(), new byte[0]))
                .satisfies((ex) -> assertThat(ex.errors()).extracting(EventError::field).containsExactly("data"));
        }

        @Test
        void dataThatIsNotJsonIs415() {
            HttpHeaders headers = EventSamples.binaryHeaders();
            headers.setContentType(org.springframework.http.MediaType.TEXT_PLAIN);
            assertThatExceptionOfType(CloudEventException.class)
                .isThrownBy(() -> decoder.decode(headers, EventSamples.binaryBody()))
                .satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(415));
        }

        private void assertInvalid(HttpHeaders headers, Kind kind, String header) {
            assertThatExceptionOfType(CloudEventException.class)
                .isThrownBy(() -> decoder.decode(headers, EventSamples.binaryBody()))
                .satisfies((ex) -> {
                    assertThat(ex.kind()).isEqualTo(kind);
                    assertThat(ex.getStatusCode().value()).isEqualTo(400);
                    assertThat(ex.errors()).extracting(EventError::header).contains(header);
                });
        }

    }

    @Nested
    class Structured {

        private static final String TYPE = "application/cloudevents+json; charset=UTF-8";

        @Test
        void dataAndDataBase64CarryTheSameReadings() throws Exception {
            CloudEvent json = decode(EventSamples.bytes("ce-structured-base64.json")).event();
            byte[] expected = Base64.getDecoder()
                .decode(JSON.readTree(EventSamples.bytes("ce-structured-base64.json")).get("data_base64").asText());
            assertThat(json.getData().toBytes()).isEqualTo(expected);
            CloudEvent data = decode(EventSamples.bytes("ce-structured.json")).event();
            assertThat(JSON.readTree(data.getData().toBytes()))
                .isEqualTo(JSON.readTree(EventSamples.bytes("ce-structured.json")).get("data"));
        }

        @Test
        void theDataPointerSaysWhereTheDataIs() {
            assertThat(decode(EventSamples.bytes("ce-structured.json")).dataPointer()).isEqualTo("/data");
            assertThat(decode(EventSamples.bytes("ce-structured-base64.json")).dataPointer()).isEqualTo("/data_base64");
        }

        @ParameterizedTest
        @ValueSource(strings = { "specversion", "id", "source", "type" })
        void aMissingRequiredAttributeIsNamed(String missing) {
            ObjectNode event = sample();
            event.remove(missing);
            assertInvalid(event.toString().getBytes(StandardCharsets.UTF_8), "/" + missing);
        }

        @Test
        void specVersion03IsRejected() {
            assertInvalid(sample().put("specversion", "0.3").toString().getBytes(StandardCharsets.UTF_8),
                    "/specversion");
        }

        @Test
        void aBadTimeIsNamed() {
            assertInvalid(sample().put("time", "not a time").toString().getBytes(StandardCharsets.UTF_8), "/time");
        }

        @Test
        void dataAndDataBase64TogetherAreRejected() {
            assertInvalid(sample().put("data_base64", "e30=").toString().getBytes(StandardCharsets.UTF_8),
                    "/data_base64");
        }

        @Test
        void anEventWithoutDataIsRejected() {
            ObjectNode event = sample();
            event.remove("data");
            assertInvalid(event.toString().getBytes(StandardCharsets.UTF_8), "/data");
        }

        @Test
        void dataBase64ThatIsNotBase64IsRejected() {
            ObjectNode event = sample();
            event.remove("data");
            assertInvalid(event.put("data_base64", "not base64!").toString().getBytes(StandardCharsets.UTF_8),
                    "/data_base64");
        }

        @Test
        void aDuplicateMemberIsRejected() {
            String body = new String(EventSamples.bytes("ce-structured.json"), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"id\":\"first\",");
            assertInvalid(body.getBytes(StandardCharsets.UTF_8), "/id");
        }

        @ParameterizedTest
        @ValueSource(strings = { "", "{", "{\"specversion\":", "[]", "42", "\"event\"", "null", "{} {}" })
        void malformedOrMisshapenJsonIs400(String body) {
            assertInvalid(body.getBytes(StandardCharsets.UTF_8), "");
        }

        @Test
        void aFormatOtherThanJsonIs415() {
            assertThatExceptionOfType(CloudEventException.class)
                .isThrownBy(() -> decoder.decode(EventSamples.contentType("application/cloudevents+xml"),
                        EventSamples.bytes("ce-structured.json")))
                .satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(415));
        }

        private DecodedEvent decode(byte[] body) {
            DecodedRequest request = decoder.decode(EventSamples.contentType(TYPE), body);
            assertThat(request.mode()).isEqualTo(CloudEventMode.STRUCTURED);
            return request.events().get(0);
        }

        private void assertInvalid(byte[] body, String pointer) {
            assertThatExceptionOfType(CloudEventException.class)
                .isThrownBy(() -> decoder.decode(EventSamples.contentType(TYPE), body))
                .satisfies((ex) -> {
                    assertThat(ex.getStatusCode().value()).isEqualTo(400);
                    assertThat(ex.errors()).extracting(EventError::pointer).contains(pointer);
                });
        }

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

    private static ObjectNode sample() {
        return (ObjectNode) Stream.of(EventSamples.bytes("ce-structured.json")).map((b) -> {
            try {
                return JSON.readTree(b);
            }
            catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }).findFirst().orElseThrow();
    }

}
