package io.hvs.hazard.function;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import io.hvs.hazard.inference.InferenceException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problem kinds an HTTP test cannot provoke on a healthy service: no model yet, a model that cannot serve
 * raw histories, and internal failures.
 */
class ProblemDetailsAdviceTests {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void modelNotReadyIs503WithRetryAfter() {
        ResponseEntity<ProblemDetail> response = this.advice
            .inference(InferenceException.modelNotReady("the model is not loaded yet"));
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(response.getBody().getTitle()).isEqualTo("Model not ready");
    }

    @Test
    void historiesWithAModelWithoutClipBoundsAre501() {
        ResponseEntity<ProblemDetail> response = this.advice
            .inference(InferenceException.historiesUnsupported("0123456789abcdef0123456789abcdef"));
        assertThat(response.getStatusCode().value()).isEqualTo(501);
        assertThat(response.getBody().getType().toString()).isEqualTo("urn:hvs:problem:histories-unsupported");
        assertThat(response.getBody().getDetail()).contains("clip bounds", "send the 30 features as readings");
    }

    @Test
    void internalFailureIs500WithAGenericDetailAndARequestId() {
        InferenceException failure = InferenceException.internal("TensorFlow session call failed",
                new IllegalStateException("Op type not registered 'Foo' in /opt/tf/lib"));
        ResponseEntity<ProblemDetail> response = this.advice.inference(failure);
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        ProblemDetail problem = response.getBody();
        assertThat(problem.getDetail()).doesNotContain("TensorFlow", "Foo", "/opt");
        Map<String, Object> properties = problem.getProperties();
        assertThat(properties).containsKey("request_id");
        assertThat(properties.get("request_id").toString()).hasSize(36);
    }

    @Test
    void wrappedProjectExceptionsKeepTheirStatus() {
        RuntimeException wrapped = new IllegalStateException("wrapper", new RequestBodyTooLargeException(10));
        assertThat(this.advice.unexpected(wrapped).getStatusCode().value()).isEqualTo(413);
        RuntimeException other = new IllegalStateException("boom /etc/passwd");
        ResponseEntity<ProblemDetail> response = this.advice.unexpected(other);
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getDetail()).doesNotContain("boom", "/etc/passwd");
    }

}
