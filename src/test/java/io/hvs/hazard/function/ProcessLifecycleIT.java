package io.hvs.hazard.function;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as its own process (Failsafe, after {@code package}): start-up failure and shutdown.
 * <p>
 * SIGTERM under load against the real packaged jar in its own process (Failsafe, after {@code package}): readiness
 * goes DOWN while the service still answers, every request sent is answered 200, and the process exits with status 0
 * within the grace period. The clients behave like Kubernetes endpoints or Knative's queue-proxy: they keep sending
 * until readiness has been DOWN for {@link #ROUTING_DELAY} (the time a router needs to notice) and then stop; the
 * service must serve all of that (hvs.shutdown.drain, 5 s, is longer). A client that kept sending to a pod that has
 * left the endpoints would see its new connections dropped once Tomcat stops accepting; that is not a lost request.
 * The model is the committed one in {@code mlruns/}, as in production.
 */
class ProcessLifecycleIT {

    static final int CLIENTS = 16;

    /** How long after readiness DOWN the clients keep sending new requests. */
    static final Duration ROUTING_DELAY = Duration.ofSeconds(1);

    /** hvs.shutdown.drain + spring.lifecycle.timeout-per-shutdown-phase + a margin for the JVM to exit. */
    static final Duration GRACE = Duration.ofSeconds(45);

    private Process app;

    @AfterEach
    void killLeftovers() {
        if (this.app != null && this.app.isAlive()) {
            this.app.destroyForcibly();
        }
    }

    @Test
    void sigtermUnderLoadDrainsAnswersEveryAcceptedRequestAndExitsZero() throws Exception {
        int port = PackagedJar.freePort();
        this.app = PackagedJar.start(port, Path.of("target", "process-lifecycle-it.log"), Map.of());
        ShutdownProbe probe = new ShutdownProbe(port);
        probe.awaitReady(Duration.ofSeconds(120), this.app);
        assertServingRuntime(port);
        assertThat(Files.readString(Path.of("target", "process-lifecycle-it.log")))
            .contains("Starting AOT-processed FireHazardApplication");
        byte[] payload = Files.readAllBytes(Path.of("events", "test_payload.json"));
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong answered = new AtomicLong();
        AtomicLong afterDown = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(started(new Thread(() -> load(port, payload, probe, failures, answered, afterDown))));
        }
        Thread readiness = started(new Thread(probe::watch));
        Thread.sleep(2_000);
        long answeredBeforeSigterm = answered.get();
        long sigterm = System.nanoTime();
        this.app.destroy();
        boolean exited = this.app.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS);
        long stopped = System.nanoTime();
        for (Thread client : clients) {
            client.join(10_000);
        }
        readiness.join(10_000);
        System.out.printf("Shutdown: %d answered (%d while readiness was DOWN), stopped %d ms after SIGTERM%n",
                answered.get(), afterDown.get(), TimeUnit.NANOSECONDS.toMillis(stopped - sigterm));
        assertThat(exited).as("exited within %s", GRACE).isTrue();
        assertThat(this.app.exitValue()).isZero();
        assertThat(failures).as("requests lost or failed").isEmpty();
        assertThat(answeredBeforeSigterm).isGreaterThan(CLIENTS);
        assertThat(probe.firstDown()).as("readiness reported DOWN").isPositive();
        assertThat(probe.firstRefused()).as("the server stopped accepting").isPositive();
        assertThat(probe.firstDown()).as("readiness DOWN before the server stopped accepting")
            .isLessThan(probe.firstRefused());
        assertThat(probe.firstDown()).isGreaterThan(sigterm);
        assertThat(stopped - sigterm).isLessThan(GRACE.toNanos());
        assertThat(afterDown.get()).as("answered while readiness was DOWN").isPositive();
    }

    /** main() turned JavaCPP's per-allocation hooks off; the build's environment turned oneDNN off. */
    private static void assertServingRuntime(int port) throws Exception {
        java.net.http.HttpResponse<String> info = java.net.http.HttpClient.newHttpClient()
            .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/actuator/info"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        com.fasterxml.jackson.databind.JsonNode inference = new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(info.body())
            .path("inference");
        assertThat(inference.path("javacpp_resident_size_check").asBoolean(true)).as(info.body()).isFalse();
        assertThat(inference.path("onednn").asBoolean(true)).as(info.body()).isFalse();
        assertThat(inference.path("batching").asBoolean(false)).as(info.body()).isTrue();
    }

    /**
     * The asynchronous start-up (the default: liveness UP at once, readiness DOWN until the model is warm) keeps
     * failing fast: a run that does not exist ends the process with status 1 and a log line naming the run.
     */
    @Test
    void anUnservableModelStopsTheProcessWithStatus1NamingTheRun() throws Exception {
        String run = "0123456789abcdef0123456789abcdef";
        Path log = Path.of("target", "startup-failure-it.log");
        this.app = PackagedJar.start(PackagedJar.freePort(), log, Map.of("BEST_MLFLOW_RUN_ID", run));
        assertThat(this.app.waitFor(120, TimeUnit.SECONDS)).as("exited").isTrue();
        assertThat(this.app.exitValue()).isEqualTo(1);
        assertThat(Files.readString(log)).contains("The configured model cannot be served, stopping",
                "run " + run + " not found");
    }

    /**
     * Posts predictions until readiness has been DOWN for the routing delay; anything but a 200 fails, including a
     * refused connection (the server must still accept while it drains).
     */
    private static void load(int port, byte[] payload, ShutdownProbe probe, Queue<String> failures,
            AtomicLong answered, AtomicLong afterDown) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/predict"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
            .build();
        while (!probe.routedAway(ROUTING_DELAY)) {
            boolean down = probe.firstDown() != 0;
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    failures.add(response.statusCode() + " " + response.body());
                }
                answered.incrementAndGet();
                if (down) {
                    afterDown.incrementAndGet();
                }
            }
            catch (IOException ex) {
                failures.add("request lost: " + ex);
                return;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Thread started(Thread thread) {
        thread.start();
        return thread;
    }

}
