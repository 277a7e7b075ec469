package io.hvs.hazard.cloudevents;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

import io.hvs.hazard.cloudevents.CloudEventException.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link CloudEventRequestDecoder} in binary mode: ce- headers checked, percent-decoded and named in every error.
 */
class BinaryDecodingTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudEventRequestDecoder decoder = new CloudEventRequestDecoder();

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
    @ValueSource(strings = { "yesterday", "2026-13-01T00:00:00Z", "2026-03-14 09:26:53", "2026-03-14T09:26Z",
            "2026-03-14T09:26+01:00", "2026-03-14T09:26:53", "2026-03-14T09:26:53.Z", "2026-03-14T09:26:53+0100",
            "2026-02-30T09:26:53Z" })
    void aBadTimeIsNamed(String time) {
        HttpHeaders headers = EventSamples.binaryHeaders();
        headers.set("ce-time", time);
        assertInvalid(headers, Kind.INVALID_EVENT, "ce-time");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-03-14T09:26:53Z", "2026-03-14t09:26:53.123456789z", "2026-03-14T09:26:53-05:30" })
    void rfc3339TimesAreAccepted(String time) {
        HttpHeaders headers = EventSamples.binaryHeaders();
        headers.set("ce-time", time);
        assertThat(decoder.decode(headers, EventSamples.binaryBody()).events().get(0).event().getTime()).isNotNull();
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
