package io.hvs.hazard.function;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.hvs.hazard.testsupport.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Polls readiness on fresh connections and notes when it first said DOWN and when connecting first failed. */
final class ShutdownProbe {

    private final int port;

    private volatile long firstDown;

    private volatile long firstRefused;

    ShutdownProbe(int port) {
        this.port = port;
    }

    void awaitReady(Duration timeout, Process app) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            assertThat(app.isAlive()).as("the app exited during start-up, see target/process-lifecycle-it.log")
                .isTrue();
            if (status() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + timeout);
    }

    void watch() {
        while (this.firstRefused == 0) {
            int status = status();
            long now = System.nanoTime();
            if (status == 503 && this.firstDown == 0) {
                this.firstDown = now;
            }
            if (status < 0) {
                this.firstRefused = now;
            }
            try {
                Thread.sleep(10);
            }
            catch (InterruptedException ex) {
                return;
            }
        }
    }

    /** The readiness status, or -1 when the connection is refused or dropped. */
    private int status() {
        try {
            return RawHttp.send(this.port, BadInputCase.request("GET", "/actuator/health/readiness", List.of(),
                    null)).status();
        }
        catch (IOException ex) {
            return -1;
        }
    }

    /** Whether readiness has been DOWN for at least {@code delay}: a router has taken the pod out by then. */
    boolean routedAway(Duration delay) {
        long down = this.firstDown;
        return down != 0 && System.nanoTime() - down > delay.toNanos();
    }

    long firstDown() {
        return this.firstDown;
    }

    long firstRefused() {
        return this.firstRefused;
    }

}
