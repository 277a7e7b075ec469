package io.hvs.hazard.function;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.testsupport.RawHttp;
import io.hvs.hazard.testsupport.ServingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request-head limit is the configured one ({@code server.max-http-request-header-size: 16KB}): a binary-mode
 * CloudEvent with a 14 KB attribute is served, one with an 18 KB attribute is refused by Tomcat as a 400 problem.
 */
class RequestLimitsIntegrationTests extends ServingIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aHeadUnderTheLimitIsServed() throws Exception {
        RawHttp.Response response = RawHttp.send(this.port, binaryEventWithSubject(14 * 1024));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aHeadOverTheLimitIsA400Problem() throws Exception {
        RawHttp.Response response = RawHttp.send(this.port, binaryEventWithSubject(18 * 1024));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ProblemBodies.parse(response.body()).path("type").asText()).isEqualTo("urn:hvs:problem:bad-request");
    }

    private static RawHttp.Request binaryEventWithSubject(int length) {
        return BadInputCase.request("POST", "/predict", List.of("Content-Type: application/json",
                "ce-specversion: 1.0", "ce-id: limits-1", "ce-source: /hvs/tests/limits",
                "ce-type: io.hvs.battery.readings.v1", "ce-subject: " + "s".repeat(length)),
                BadInputCase.utf8(BadBodies.valid()));
    }

}
