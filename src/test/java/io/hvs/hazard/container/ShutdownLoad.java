package io.hvs.hazard.container;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load through a minimal "load balancer", the way a cluster routes to a pod: a probe polls the
 * readiness endpoint every 100 ms, and a worker only opens a NEW connection while the backend is ready. Requests
 * on connections it already has keep flowing (as kube-proxy keeps established connections to a terminating pod).
 * Each worker reuses one keep-alive connection until the server answers {@code Connection: close}.
 * <p>
 * Outcomes: "ok" (200), "refused" (connection refused: nothing was sent), anything else is "failed", including
 * a connection closed after the request was written.
 */
final class ShutdownLoad {

    private final URI uri;

    private final URI readiness;

    private final byte[] body;

    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

    private final AtomicLong okAfterStop = new AtomicLong();

    private volatile boolean routable = true;

    private volatile boolean sawNotReady;

    private volatile boolean stopping;

    ShutdownLoad(URI base, String path, byte[] body) {
        this.uri = base.resolve(path);
        this.readiness = base.resolve("/actuator/health/readiness");
        this.body = body;
    }

    /** Starts the probe and the workers; they end by themselves once the backend is out of rotation. */
    List<Future<?>> start(ExecutorService executor, int workers, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        futures.add(executor.submit(() -> probe(end)));
        for (int i = 0; i < workers; i++) {
            futures.add(executor.submit(() -> work(end)));
        }
        return futures;
    }

    /** Called when SIGTERM is about to be sent. */
    void markStopping() {
        this.stopping = true;
    }

    private void probe(long end) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        while (System.nanoTime() < end && this.routable) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(this.readiness)
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    this.sawNotReady = true;
                    this.routable = false;
                }
            }
            catch (IOException ex) {
                this.routable = false;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(100);
        }
    }

    private void work(long end) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
        boolean needsNewConnection = true;
        while (System.nanoTime() < end) {
            if (needsNewConnection && !this.routable) {
                return;
            }
            HttpRequest request = HttpRequest.newBuilder(this.uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(this.body)).build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                needsNewConnection = response.headers().firstValue("connection").orElse("").equalsIgnoreCase("close");
                if (response.statusCode() == 200) {
                    count("ok");
                    if (this.stopping) {
                        this.okAfterStop.incrementAndGet();
                    }
                }
                else {
                    count("failed: HTTP " + response.statusCode() + " " + response.body());
                }
            }
            catch (ConnectException ex) {
                count("refused");
                return;
            }
            catch (IOException ex) {
                count("failed: " + ex.getClass().getSimpleName() + " " + ex.getMessage());
                needsNewConnection = true;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void count(String outcome) {
        this.outcomes.computeIfAbsent(outcome, (k) -> new AtomicLong()).incrementAndGet();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    long count(String outcome, boolean prefix) {
        return this.outcomes.entrySet().stream()
            .filter((e) -> prefix ? e.getKey().startsWith(outcome) : e.getKey().equals(outcome))
            .mapToLong((e) -> e.getValue().get()).sum();
    }

    long okAfterStop() {
        return this.okAfterStop.get();
    }

    boolean sawNotReady() {
        return this.sawNotReady;
    }

    Map<String, AtomicLong> outcomes() {
        return this.outcomes;
    }

}
