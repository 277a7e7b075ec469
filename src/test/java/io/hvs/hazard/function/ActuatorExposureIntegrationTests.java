package io.hvs.hazard.function;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.testsupport.RawHttp;
import io.hvs.hazard.testsupport.ServingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only health, info and prometheus are reachable: the exposed set is exactly those three (so a new dependency that
 * brings an endpoint cannot widen it unnoticed), and every other endpoint id known to Spring Boot, Spring Cloud and
 * Spring Cloud Function is a 404 problem for GET and POST (refresh, restart and shutdown are POST operations).
 */
class ActuatorExposureIntegrationTests extends ServingIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PathMappedEndpoints endpoints;

    @Test
    void exactlyHealthInfoAndPrometheusAreExposed() {
        assertThat(this.endpoints.getAllPaths()).containsExactlyInAnyOrder("/actuator/health", "/actuator/info",
                "/actuator/prometheus");
    }

    @ParameterizedTest
    @ValueSource(strings = { "auditevents", "beans", "bindings", "caches", "conditions", "configprops", "env",
            "features", "functions", "heapdump", "httpexchanges", "integrationgraph", "kubernetes", "logfile",
            "loggers", "mappings", "metrics", "pause", "quartz", "refresh", "restart", "resume", "sbom",
            "scheduledtasks", "serviceregistry", "sessions", "shutdown", "startup", "threaddump" })
    void everyOtherEndpointIsA404Problem(String id) throws Exception {
        for (String method : List.of("GET", "POST")) {
            RawHttp.Response response = RawHttp.send(this.port, BadInputCase.request(method, "/actuator/" + id,
                    List.of("Content-Type: application/json"), BadInputCase.utf8("{}")));
            assertThat(response.status()).as(method + " " + id).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            ProblemBodies.assertNoLeaks(response.body());
        }
    }

}
