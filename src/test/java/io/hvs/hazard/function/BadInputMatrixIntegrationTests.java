package io.hvs.hazard.function;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.testsupport.RawHttp;
import io.hvs.hazard.testsupport.ServingIntegrationTest;
import io.hvs.hazard.testsupport.TinyHazardModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Sends every row of {@link BadInputTable} over a raw socket to the running application: the documented 4xx, an
 * {@code application/problem+json} body with that type, naming the cause, and nothing internal in it. Then the
 * service must still be ready and answer a valid request correctly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputMatrixIntegrationTests extends ServingIntegrationTest {

    @LocalServerPort
    int port;

    static List<BadInputCase> cases() {
        return BadInputTable.all();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithAProblemNamingTheCause(BadInputCase row) throws Exception {
        RawHttp.Response response = RawHttp.send(this.port, row.request());
        assertThat(response.status()).as(response.body()).isEqualTo(row.status());
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        ProblemBodies.assertNoLeaks(response.body());
        JsonNode problem = ProblemBodies.parse(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(row.status());
        assertThat(problem.path("type").asText()).isEqualTo(row.type());
        assertThat(problem.path("title").asText()).isNotBlank();
        List<String> names = ProblemBodies.names(problem);
        if (!names.contains(row.names())) {
            assertThat(problem.path("detail").asText()).as("names %s", names).contains(row.names());
        }
    }

    @Order(2)
    @Test
    void afterTheMatrixTheServiceIsReadyAndAnswersCorrectly() throws Exception {
        RawHttp.Response readiness = RawHttp.send(this.port, BadInputCase.request("GET",
                "/actuator/health/readiness", List.of(), null));
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(ProblemBodies.parse(readiness.body()).path("status").asText()).isEqualTo("UP");
        RawHttp.Response answer = RawHttp.send(this.port, BadInputCase.request("POST", "/predict",
                BadInputTable.JSON, BadInputCase.utf8(BadBodies.valid())));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        double expected = TinyHazardModel.expectedProbability(io.hvs.hazard.testsupport.TestFixtures.normalReading());
        assertThat(ProblemBodies.parse(answer.body()).path("predictions").get(0).path("hazard_probability").asDouble())
            .isCloseTo(expected, within(1e-5));
    }

}
