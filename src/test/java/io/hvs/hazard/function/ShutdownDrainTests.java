package io.hvs.hazard.function;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The shutdown drain; the lossless stop itself is proven on the real image by ContainerImageIT. */
class ShutdownDrainTests {

    @Test
    void stopsBeforeTheWebServersGracefulShutdownBegins() {
        // Spring stops higher phases first.
        assertThat(ShutdownDrain.PHASE).isGreaterThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE);
    }

    @Test
    void keepsConnectionsOpenWhileServingNormally() throws Exception {
        ShutdownDrain drain = new ShutdownDrain(new ShutdownProperties(Duration.ZERO));
        drain.start();
        MockHttpServletResponse response = filter(drain);
        assertThat(response.getHeader("Connection")).isNull();
        assertThat(drain.isRunning()).isTrue();
    }

    @Test
    void closesEveryConnectionOnceStoppingAndWaitsForTheDrain() throws Exception {
        ShutdownDrain drain = new ShutdownDrain(new ShutdownProperties(Duration.ofMillis(300)));
        drain.start();
        long start = System.nanoTime();
        drain.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(drain.isRunning()).isFalse();
        assertThat(filter(drain).getHeader("Connection")).isEqualTo("close");
    }

    @Test
    void rejectsANegativeDrain() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ShutdownProperties(Duration.ofSeconds(-1)));
    }

    private static MockHttpServletResponse filter(ShutdownDrain drain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        drain.doFilter(new MockHttpServletRequest("POST", "/predict"), response, new MockFilterChain());
        return response;
    }

}
