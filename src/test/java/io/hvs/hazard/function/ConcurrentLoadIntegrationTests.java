package io.hvs.hazard.function;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.hvs.hazard.testsupport.RawHttp;
import io.hvs.hazard.testsupport.ServingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 concurrent clients for 30 s ({@code -Dhvs.test.load-seconds} to change it) of mixed valid and invalid
 * requests, plain JSON and all three CloudEvents modes, against the running application: no 5xx at all, every
 * invalid request gets its documented 4xx, and every valid answer equals the answer the same input got when it
 * was sent alone before the load (so batching, shared sessions and buffers never mix requests up). Probabilities
 * are compared up to float32 rounding: under load, readings of several requests share a session call, and
 * TensorFlow's kernels sum in an order that depends on the row count, which can move a probability's last bit.
 */
class ConcurrentLoadIntegrationTests extends ServingIntegrationTest {

    static final int CLIENTS = 64;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    @Test
    void manyClientsGetTheSingleThreadedAnswersAndNo5xx() throws Exception {
        List<LoadInputs.Valid> valid = LoadInputs.valid();
        List<BadInputCase> invalid = LoadInputs.invalid();
        Map<LoadInputs.Valid, JsonNode> expected = new java.util.HashMap<>();
        for (LoadInputs.Valid input : valid) {
            expected.put(input, answer(input));
        }
        long seconds = Long.getLong("hvs.test.load-seconds", 30);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong validCount = new AtomicLong();
        AtomicLong invalidCount = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(c);
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < end && failures.size() < 20) {
                    // One in ten requests is invalid; those use a fresh socket each, so keep them a minority.
                    if (random.nextInt(10) == 0) {
                        BadInputCase row = invalid.get(random.nextInt(invalid.size()));
                        check(row, failures);
                        invalidCount.incrementAndGet();
                    }
                    else {
                        LoadInputs.Valid input = valid.get(random.nextInt(valid.size()));
                        check(input, expected.get(input), failures);
                        validCount.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get(seconds + 60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        System.out.printf("Load: %d clients, %d s, %d valid and %d invalid requests answered%n", CLIENTS, seconds,
                validCount.get(), invalidCount.get());
        assertThat(failures).isEmpty();
        assertThat(validCount.get()).as("valid requests answered").isGreaterThan(CLIENTS * 10L);
        assertThat(invalidCount.get()).as("invalid requests answered").isGreaterThan(CLIENTS);
    }

    private void check(BadInputCase row, Queue<String> failures) {
        try {
            RawHttp.Response response = RawHttp.send(this.port, row.request());
            if (response.status() != row.status()) {
                failures.add(row + ": " + response.status() + " " + response.body());
            }
        }
        catch (Exception ex) {
            failures.add(row + ": " + ex);
        }
    }

    private void check(LoadInputs.Valid input, JsonNode expected, Queue<String> failures) {
        try {
            JsonNode actual = answer(input);
            if (!sameUpToFloatRounding(expected, actual)) {
                failures.add(input.name() + ": got " + actual + ", alone it was " + expected);
            }
        }
        catch (Exception | AssertionError ex) {
            failures.add(input.name() + ": " + ex.getMessage());
        }
    }

    /** Equal JSON, except that floating-point numbers (probabilities) may differ by float32 rounding (1e-6). */
    static boolean sameUpToFloatRounding(JsonNode expected, JsonNode actual) {
        if (expected.isFloatingPointNumber() && actual.isFloatingPointNumber()) {
            return Math.abs(expected.doubleValue() - actual.doubleValue()) <= 1e-6;
        }
        if (expected.isContainerNode() && actual.isContainerNode() && expected.size() == actual.size()
                && expected.getNodeType() == actual.getNodeType()) {
            if (expected.isArray()) {
                for (int i = 0; i < expected.size(); i++) {
                    if (!sameUpToFloatRounding(expected.get(i), actual.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            for (var names = expected.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!actual.has(name) || !sameUpToFloatRounding(expected.get(name), actual.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    /** The prediction part of the answer: the plain body, or the data of each reply event. */
    private JsonNode answer(LoadInputs.Valid input) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + input.path()))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(input.body()));
        input.headers().forEach(request::header);
        HttpResponse<String> response = this.client.send(request.build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).as(input.name() + " " + response.body()).isEqualTo(200);
        JsonNode body = ProblemBodies.parse(response.body());
        return switch (input.mode()) {
            case PLAIN, BINARY -> body;
            case STRUCTURED -> body.path("data");
            case BATCH -> {
                List<JsonNode> data = new ArrayList<>();
                body.forEach((event) -> data.add(event.path("data")));
                yield ProblemBodies.parse(data.toString());
            }
        };
    }

}
