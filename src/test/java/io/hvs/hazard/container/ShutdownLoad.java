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
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load: each worker sends the next request as soon as the previous one is answered, over its
 * own keep-alive connection, until the server is gone (connections refused) or the deadline passes.
 * <p>
 * Every request ends in exactly one outcome. "Refused" means the TCP connection was refused, so nothing was
 * sent and nothing can have been lost (a load balancer retries such a request elsewhere). Everything else that
 * is not a 200 counts as failed, including a connection closed after the request was written.
 */
final class ShutdownLoad {

    private final URI uri;

    private final byte[] body;

    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

    private final AtomicLong lastOkNanos = new AtomicLong();

    ShutdownLoad(URI uri, byte[] body) {
        this.uri = uri;
        this.body = body;
    }

    /** Starts the workers; they stop by themselves at the deadline or after the server stopped answering. */
    List<Future<?>> start(ExecutorService executor, int workers, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            futures.add(executor.submit(() -> work(end)));
        }
        return futures;
    }

    private void work(long end) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
        int refusedInARow = 0;
        while (System.nanoTime() < end && refusedInARow < 20) {
            HttpRequest request = HttpRequest.newBuilder(this.uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(this.body)).build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                refusedInARow = 0;
                if (response.statusCode() == 200) {
                    this.lastOkNanos.set(System.nanoTime());
                    count("ok");
                }
                else {
                    count("failed: HTTP " + response.statusCode() + " " + response.body());
                }
            }
            catch (ConnectException ex) {
                refusedInARow++;
                count("refused");
                pause();
            }
            catch (IOException ex) {
                count("failed: " + ex.getClass().getSimpleName() + " " + ex.getMessage());
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

    private static void pause() {
        try {
            Thread.sleep(50);
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

    long lastOkNanos() {
        return this.lastOkNanos.get();
    }

    Map<String, AtomicLong> outcomes() {
        return this.outcomes;
    }

}
