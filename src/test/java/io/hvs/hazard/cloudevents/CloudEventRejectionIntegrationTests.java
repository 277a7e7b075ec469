package io.hvs.hazard.cloudevents;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

import io.hvs.hazard.testsupport.ServingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid events over real HTTP: each is a 400 problem+json naming the attribute or field (Knative does not
 * retry a 400, so a poison event is dead-lettered at once), never a 5xx, never ce- headers.
 */
class CloudEventRejectionIntegrationTests extends ServingIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = { "ce-specversion", "ce-id", "ce-source", "ce-type" })
    void binaryMissingARequiredAttribute(String header) throws Exception {
        HttpHeaders headers = EventSamples.binaryHeaders();
        headers.remove(header);
        assertThat(errorAt(binary(headers, EventSamples.binaryBody()), "header")).contains(header);
    }

    @Test
    void binaryBadSpecVersionTimeAndPercentEncoding() throws Exception {
        for (String[] bad : new String[][] { { "ce-specversion", "0.3" }, { "ce-time", "2026-03-14T25:00:00Z" },
                { "ce-time", "2026-03-14T09:26Z" },
                { "ce-id", "a%2" }, { "ce-id", "%C3%28" } }) {
            HttpHeaders headers = EventSamples.binaryHeaders();
            headers.set(bad[0], bad[1]);
            assertThat(errorAt(binary(headers, EventSamples.binaryBody()), "header")).contains(bad[0]);
        }
    }

    @Test
    void binaryInvalidDataNamesTheField() throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(EventSamples.binaryBody());
        ((ObjectNode) data.path("readings").path(0)).put("Module_SoC_percent", 101);
        assertThat(errorAt(binary(EventSamples.binaryHeaders(), JSON.writeValueAsBytes(data)), "pointer"))
            .contains("/readings/0/Module_SoC_percent");
    }

    @ParameterizedTest
    @ValueSource(strings = { "id", "source", "type", "specversion" })
    void structuredMissingARequiredAttribute(String attribute) throws Exception {
        ObjectNode event = EventSamples.structured();
        event.remove(attribute);
        assertThat(errorAt(structured(event.toString()), "pointer")).contains("/" + attribute);
    }

    @Test
    void structuredMalformedJsonAndBadTime() throws Exception {
        assertThat(errorAt(structured("{\"specversion\":\"1.0\","), "reason")).contains("malformed JSON at line 1, column 22");
        for (String time : new String[] { "14 March 2026", "2026-03-14T09:26Z" }) {
            assertThat(errorAt(structured(EventSamples.structured().put("time", time).toString()), "pointer"))
                .contains("/time");
        }
    }

    @Test
    void structuredInvalidDataIsAnchoredInTheEvent() throws Exception {
        ObjectNode event = EventSamples.structured();
        ((ObjectNode) event.path("data").path("readings").path(0)).put("Sim_OffGas_CO_ppm_proxy", "high");
        assertThat(errorAt(structured(event.toString()), "pointer"))
            .contains("/data/readings/0/Sim_OffGas_CO_ppm_proxy");
    }

    @Test
    void dataBase64ThatIsNotJson() throws Exception {
        ObjectNode event = EventSamples.structured();
        event.remove("data");
        event.put("data_base64", Base64.getEncoder().encodeToString("not json".getBytes(StandardCharsets.UTF_8)));
        assertThat(errorAt(structured(event.toString()), "pointer")).anyMatch((p) -> p.startsWith("/data_base64"));
    }

    @Test
    void aBatchWithOneBadEventNamesItsIndexAndRepliesNothing() throws Exception {
        ArrayNode batch = (ArrayNode) JSON.readTree(EventSamples.bytes("ce-batch.json"));
        ((ObjectNode) batch.path(1).path("data").path("readings").path(0)).put("Module_SoC_percent", -1);
        HttpResponse<String> response = post("application/cloudevents-batch+json", new HttpHeaders(),
                batch.toString().getBytes(StandardCharsets.UTF_8));
        JsonNode errors = problem(response).path("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.path(0).path("event").asInt()).isEqualTo(1);
        assertThat(errors.path(0).path("pointer").asText()).isEqualTo("/1/data/readings/0/Module_SoC_percent");
    }

    private HttpResponse<String> binary(HttpHeaders headers, byte[] body) throws Exception {
        return post(null, headers, body);
    }

    private HttpResponse<String> structured(String body) throws Exception {
        return post("application/cloudevents+json", new HttpHeaders(), body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String contentType, HttpHeaders headers, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/predict"));
        headers.forEach((name, values) -> values.forEach((value) -> request.header(name, value)));
        if (contentType != null) {
            request.setHeader("Content-Type", contentType);
        }
        return java.net.http.HttpClient.newHttpClient()
            .send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().map().keySet()).noneMatch(CloudEventHeaderGuardFilter::isEventHeader);
        assertThat(response.body()).doesNotContain("Exception", "io.cloudevents", "java.");
        return JSON.readTree(response.body());
    }

    /** The values of one member over every entry of the problem's errors list. */
    private static java.util.List<String> errorAt(HttpResponse<String> response, String member) throws Exception {
        java.util.List<String> values = new java.util.ArrayList<>();
        problem(response).path("errors").forEach((error) -> values.add(error.path(member).asText()));
        return values;
    }

}
