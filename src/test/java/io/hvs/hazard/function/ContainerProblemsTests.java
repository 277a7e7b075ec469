package io.hvs.hazard.function;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code /error} dispatch and Tomcat's own rejections as problems: the status kept, a typed problem, a fixed
 * detail that never repeats the container's message (which can quote the request or name a class).
 */
class ContainerProblemsTests {

    private final ProblemErrorController controller = new ProblemErrorController();

    @Test
    void anErrorDispatchKeepsItsStatusAsAProblem() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "java.lang.IllegalStateException: at /tmp/x");
        ResponseEntity<ProblemDetail> answer = this.controller.error(request);
        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getType().toString()).isEqualTo("urn:hvs:problem:payload-too-large");
        assertThat(answer.getBody().getDetail()).doesNotContain("java.", "/tmp");
    }

    @Test
    void anErrorDispatchWithoutAnErrorStatusIsA500WithAGenericDetail() {
        ResponseEntity<ProblemDetail> answer = this.controller.error(new MockHttpServletRequest("GET", "/error"));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).isEqualTo("The request failed unexpectedly.");
    }

    @Test
    void aRefusedRequestHeadNamesTheHeaderLimit() {
        assertThat(ContainerProblems.members(400)).containsEntry("type", "urn:hvs:problem:bad-request")
            .containsEntry("status", 400)
            .hasEntrySatisfying("detail", (detail) -> assertThat((String) detail)
                .contains("server.max-http-request-header-size", "request line"));
    }

}
