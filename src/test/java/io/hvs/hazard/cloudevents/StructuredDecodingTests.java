package io.hvs.hazard.cloudevents;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link CloudEventRequestDecoder} in structured mode: the JSON event format, every problem named by its JSON pointer.
 */
class StructuredDecodingTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudEventRequestDecoder decoder = new CloudEventRequestDecoder();

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
        ObjectNode event = EventSamples.structured();
        event.remove(missing);
        assertInvalid(event.toString().getBytes(StandardCharsets.UTF_8), "/" + missing);
    }

    @Test
    void specVersion03IsRejected() {
        assertInvalid(EventSamples.structured().put("specversion", "0.3").toString().getBytes(StandardCharsets.UTF_8),
                "/specversion");
    }

    @ParameterizedTest
    @ValueSource(strings = { "not a time", "2026-03-14T09:26Z", "2026-03-14T09:26:53", "2026-03-14T24:00:00Z" })
    void aBadTimeIsNamed(String time) {
        assertInvalid(EventSamples.structured().put("time", time).toString().getBytes(StandardCharsets.UTF_8),
                "/time");
    }

    @Test
    void aTimeThatIsNotAStringIsNamed() {
        assertInvalid(EventSamples.structured().put("time", 1773480413).toString().getBytes(StandardCharsets.UTF_8),
                "/time");
    }

    @Test
    void dataAndDataBase64TogetherAreRejected() {
        assertInvalid(EventSamples.structured().put("data_base64", "e30=").toString().getBytes(StandardCharsets.UTF_8),
                "/data_base64");
    }

    @Test
    void anEventWithoutDataIsRejected() {
        ObjectNode event = EventSamples.structured();
        event.remove("data");
        assertInvalid(event.toString().getBytes(StandardCharsets.UTF_8), "/data");
    }

    @Test
    void dataBase64ThatIsNotBase64IsRejected() {
        ObjectNode event = EventSamples.structured();
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
