package io.hvs.hazard.cloudevents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.testsupport.ServingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Cloud Function starts every function response from a copy of the request headers. This pins that no
 * request header comes back, on the CloudEvent path and on the plain path: not the hop-by-hop ones (Connection,
 * Upgrade, HTTP2-Settings: an echoed {@code Upgrade: h2c} on a 200 is a protocol error for a proxy), not what
 * Knative's broker adds (Prefer, Kn-Namespace), not an unknown ce- extension.
 */
class HeaderEchoIntegrationTests extends ServingIntegrationTest {

    private static final List<String> NEVER_ECHOED = List.of("connection", "upgrade", "http2-settings", "user-agent",
            "prefer", "kn-namespace", "x-custom", "ce-foo", "ce-knativearrivaltime", "ce_foo", "uri", "timestamp",
            "message-type", "contenttype", "id");

    @LocalServerPort
    int port;

    @Test
    void aBinaryEventGetsOnlyItsReplyHeaders() throws Exception {
        Map<String, String> headers = requestHeaders();
        EventSamples.binaryHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        headers.put("ce-foo", "bar");
        headers.put("Ce-Knativearrivaltime", "2026-03-14T09:26:54Z");
        List<String> response = RawHttp.post(this.port, "POST", headers, EventSamples.binaryBody());
        assertThat(response.get(0)).isEqualTo("200");
        assertThat(response).contains("ce-id", "ce-type", "ce-inputid").doesNotContainAnyElementsOf(NEVER_ECHOED);
    }

    @Test
    void aStructuredEventGetsNoRequestHeadersBack() throws Exception {
        Map<String, String> headers = requestHeaders();
        headers.put("Content-Type", "application/cloudevents+json");
        List<String> response = RawHttp.post(this.port, "POST", headers, EventSamples.bytes("ce-structured.json"));
        assertThat(response.get(0)).isEqualTo("200");
        assertThat(response).doesNotContainAnyElementsOf(NEVER_ECHOED).noneMatch(CloudEventMode::isCloudEventHeader);
    }

    @Test
    void plainJsonGetsNoRequestHeadersBack() throws Exception {
        Map<String, String> headers = requestHeaders();
        headers.put("Content-Type", "application/json");
        headers.put("ce_foo", "kafka-style");
        List<String> response = RawHttp.post(this.port, "POST", headers, EventSamples.bytes(EventSamples.NORMAL_PAYLOAD));
        assertThat(response.get(0)).isEqualTo("200");
        assertThat(response).doesNotContainAnyElementsOf(NEVER_ECHOED).noneMatch(CloudEventHeaderGuardFilter::isEventHeader);
    }

    @Test
    void putIsAnsweredLikeOnThePlainPath405AllowPost() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        EventSamples.binaryHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        List<String> response = RawHttp.post(this.port, "PUT", headers, EventSamples.binaryBody());
        assertThat(response.get(0)).isEqualTo("405");
        assertThat(response).contains("allow").noneMatch(CloudEventMode::isCloudEventHeader);
    }

    private static Map<String, String> requestHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Connection", "Upgrade, HTTP2-Settings");
        headers.put("Upgrade", "h2c");
        headers.put("HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA");
        headers.put("User-Agent", "Go-http-client/1.1");
        headers.put("Prefer", "reply");
        headers.put("Kn-Namespace", "hvs");
        headers.put("X-Custom", "echo-me");
        return headers;
    }

}
