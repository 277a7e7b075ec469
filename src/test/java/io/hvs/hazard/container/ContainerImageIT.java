package io.hvs.hazard.container;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real image, built and run with podman the way a cluster runs it: read-only root, a small /tmp, non-root,
 * no capabilities, PORT from the environment. Runs in `verify` where podman is installed (profile
 * container-image). The tests share one container and run in order; the last one stops it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerImageIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static final String IMAGE = "localhost/" + System.getProperty("image.name", "hvs-prediction-api")
            + ":it-" + UUID.randomUUID().toString().substring(0, 8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ObjectMapper json = new ObjectMapper();

    private Podman podman;

    private String container;

    private int port;

    private double secondsToReady;

    @BeforeAll
    void buildAndStart() throws Exception {
        this.podman = new Podman(ROOT.resolve("target/container-it"));
        String base = JreBaseImage.ensure(this.podman);
        long buildStart = System.nanoTime();
        this.podman.run(Duration.ofMinutes(15), "build", "--ulimit", "nofile=20000:20000", "--build-arg",
                "BASE_IMAGE=" + base, "-t", IMAGE, ROOT.toString());
        System.out.printf("container-it: image %s built in %.0f s, %s%n", IMAGE,
                (System.nanoTime() - buildStart) / 1e9,
                this.podman.run(Duration.ofSeconds(30), "image", "inspect", "--format", "{{.Size}} bytes", IMAGE));
        this.port = Podman.freePort();
        long runStart = System.nanoTime();
        this.container = this.podman.run(Duration.ofMinutes(1), Podman.lockedDownRun(IMAGE, "-d", "-e",
                "PORT=" + this.port));
        awaitReady(Duration.ofMinutes(2));
        this.secondsToReady = (System.nanoTime() - runStart) / 1e9;
        System.out.printf("container-it: readiness UP %.1f s after podman run%n", this.secondsToReady);
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (this.podman == null) {
            return;
        }
        if (this.container != null) {
            Podman.Result logs = this.podman.tryRun(Duration.ofSeconds(30), "logs", this.container);
            Files.writeString(ROOT.resolve("target/container-it/container.log"), logs.output());
            this.podman.tryRun(Duration.ofMinutes(1), "rm", "-f", this.container);
        }
        this.podman.tryRun(Duration.ofMinutes(1), "rmi", "-f", IMAGE);
        this.podman.tryRun(Duration.ofMinutes(1), "image", "prune", "-f");
    }

    @Test
    @Order(1)
    void runsAsTheNumericNonRootUserOnAReadOnlyRoot() throws Exception {
        assertThat(this.podman.run(Duration.ofSeconds(30), "image", "inspect", "--format", "{{.Config.User}}",
                IMAGE)).isEqualTo("10001:10001");
        assertThat(this.podman.run(Duration.ofSeconds(30), "exec", this.container, "id", "-u")).isEqualTo("10001");
        Podman.Result write = this.podman.tryRun(Duration.ofSeconds(30), "exec", this.container, "touch",
                "/app/probe");
        assertThat(write.exitCode()).as("the root filesystem must be read-only").isNotZero();
        assertThat(this.podman.run(Duration.ofSeconds(30), "exec", this.container, "find", "/tmp", "-name",
                "*.so*")).as("no native library unpacked into /tmp").isEmpty();
    }

    @Test
    @Order(4)
    void usesTheCdsArchiveMadeAtBuildTime() throws Exception {
        // -Xshare:auto would silently run without the archive if it did not match the JVM or the class path.
        String output = this.podman.run(Duration.ofMinutes(2), Podman.lockedDownRun(IMAGE, "--rm", "-e",
                "PORT=" + Podman.freePort(), "-e",
                "JAVA_TOOL_OPTIONS=-Xlog:class+load=info -Dspring.context.exit=onRefresh"));
        assertThat(output).containsPattern(
                "org\\.springframework\\.boot\\.SpringApplication source: shared objects file \\(top\\)");
        // The entrypoint's -Dspring.aot.enabled=true: the bean definitions generated at build time.
        assertThat(output).contains("Starting AOT-processed FireHazardApplication");
    }

    @Test
    @Order(2)
    void predictsTheSamplePayload() throws Exception {
        HttpResponse<String> response = this.http.send(predictRequest(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = this.json.readTree(response.body());
        assertThat(body.path("predictions")).isNotEmpty().allSatisfy((prediction) -> {
            assertThat(prediction.path("hazard_prediction").asInt(-1)).isIn(0, 1);
            assertThat(prediction.path("hazard_probability").asDouble(-1)).isBetween(0.0, 1.0);
        });
        assertThat(body.path("model_version").asText()).matches("[0-9a-f]{32}");
    }

    /**
     * SIGTERM under load. What "zero failed requests" means here: every request that reached the service got its
     * 200, including those in flight at SIGTERM and those on kept-alive connections during the drain; readiness
     * went DOWN first, so the router stopped opening connections before the listener closed (nothing refused);
     * and the JVM exited by itself (0 or 143) inside the 30 s grace period.
     */
    @Test
    @Order(3)
    void stopsGracefullyUnderLoadWithoutFailingARequest() throws Exception {
        ShutdownLoad load = new ShutdownLoad(uri("/"), "/predict", payload());
        ExecutorService executor = Executors.newFixedThreadPool(9);
        try {
            List<Future<?>> workers = load.start(executor, 8, Duration.ofSeconds(60));
            Thread.sleep(2000);
            assertThat(load.count("ok", false)).as("load is flowing before the stop").isPositive();
            load.markStopping();
            long stopStart = System.nanoTime();
            this.podman.run(Duration.ofSeconds(60), "stop", "-t", "30", this.container);
            double stopSeconds = (System.nanoTime() - stopStart) / 1e9;
            for (Future<?> worker : workers) {
                worker.get();
            }
            System.out.printf("container-it: stop took %.1f s; outcomes %s, %d ok after SIGTERM%n", stopSeconds,
                    load.outcomes(), load.okAfterStop());
            assertThat(load.count("failed", true)).as("failed requests: %s", load.outcomes()).isZero();
            assertThat(load.count("refused", false)).as("connections refused while still routed").isZero();
            assertThat(load.sawNotReady()).as("readiness reported DOWN while the service drained").isTrue();
            assertThat(load.okAfterStop()).as("requests served after SIGTERM").isPositive();
            // 0 or 143 (SIGTERM) = the JVM exited by itself; podman's SIGKILL after 30 s would give 137.
            assertThat(this.podman.run(Duration.ofSeconds(30), "inspect", "--format", "{{.State.ExitCode}}",
                    this.container)).isIn("0", "143");
            assertThat(this.podman.run(Duration.ofSeconds(30), "logs", this.container))
                .contains("Graceful shutdown complete");
        }
        finally {
            executor.shutdownNow();
        }
    }

    private void awaitReady(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(
                        uri("/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            }
            catch (IOException ex) {
                // Not listening yet.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("readiness not UP within " + timeout + "; logs:\n"
                + this.podman.tryRun(Duration.ofSeconds(30), "logs", this.container).output());
    }

    private HttpRequest predictRequest() throws IOException {
        return HttpRequest.newBuilder(uri("/predict")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(payload())).build();
    }

    private static byte[] payload() throws IOException {
        return Files.readAllBytes(ROOT.resolve("events/test_payload.json"));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + this.port + path);
    }

}
