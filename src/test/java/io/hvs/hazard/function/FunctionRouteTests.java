package io.hvs.hazard.function;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct route to a function (issue 7: plain JSON bypasses Spring Cloud Function's per-request conversions)
 * and the benchmark's baseline function behind it.
 */
class FunctionRouteTests {

    private final FunctionRouteMapping mapping = new FunctionRouteMapping(
            Map.of(BaselineFunction.PATH, new FunctionRoute(new BaselineFunction())));

    @Test
    void mapsPostOnItsExactPathsOnly() throws Exception {
        assertThat(this.mapping.getHandler(request("POST", BaselineFunction.PATH)).getHandler())
            .isInstanceOf(HandlerMethod.class);
        assertThat(this.mapping.getHandler(request("GET", BaselineFunction.PATH))).isNull();
        assertThat(this.mapping.getHandler(request("POST", BaselineFunction.PATH + "/x"))).isNull();
        assertThat(this.mapping.getHandler(request("POST", "/predict"))).isNull();
    }

    @Test
    void routeReadsTheWholeBodyAndWritesTheFunctionsAnswer() throws Exception {
        MockHttpServletRequest request = request("POST", BaselineFunction.PATH);
        request.setContent("{\"readings\":[]}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        new FunctionRoute(new BaselineFunction()).handle(request, response);
        assertThat(request.getInputStream().read()).isEqualTo(-1);
        assertThat(response.getContentType()).isEqualTo("application/json");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        // The canned answer has the shape of a real one, so both sides of the benchmark write alike.
        JsonNode canned = new ObjectMapper().readTree(response.getContentAsByteArray());
        assertThat(canned.fieldNames()).toIterable()
            .containsExactly("predictions", "model_version", "model_name", "model_uri", "decision_threshold");
        assertThat(canned.path("predictions").get(0).fieldNames()).toIterable()
            .containsExactly("Module_ID", "hazard_prediction", "hazard_probability");
        assertThat(canned.path("model_name").asText()).isEqualTo("baseline");
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType("application/json");
        return request;
    }

}
