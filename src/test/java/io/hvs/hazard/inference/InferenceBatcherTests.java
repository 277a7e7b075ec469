package io.hvs.hazard.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The batching thread with a stand-in session call that answers each row with its first value plus the model's
 * offset, so every answer shows which rows and which model it came from. A gate holds the first session call while
 * the test queues the others, so the batches are known, not timed.
 */
class InferenceBatcherTests {

    private static final int COLUMNS = 2;

    private static final long WAIT_SECONDS = 30;

    private final ExecutorService callers = Executors.newCachedThreadPool();

    private final List<SessionCallRecord> sessionCalls = new CopyOnWriteArrayList<>();

    private final CountDownLatch gate = new CountDownLatch(1);

    private final CountDownLatch firstCallStarted = new CountDownLatch(1);

    private final AtomicBoolean failNext = new AtomicBoolean();

    private InferenceBatcher<StubModel> batcher;

    @AfterEach
    void stop() {
        this.gate.countDown();
        if (this.batcher != null) {
            this.batcher.close();
        }
        this.callers.shutdownNow();
    }

    @Test
    void callsQueuedDuringASessionCallShareTheNextOneAndEachGetsItsOwnRows() throws Exception {
        this.batcher = new InferenceBatcher<>(this::gatedSessionCall, 1000);
        StubModel model = new StubModel(100);
        Future<float[]> first = call(model, 0, 1);
        awaitFirstCall();
        List<Future<float[]>> queued = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            queued.add(call(model, i * 10, i));
        }
        awaitQueued(5);
        this.gate.countDown();
        assertThat(first.get(WAIT_SECONDS, TimeUnit.SECONDS)).containsExactly(100f);
        for (int i = 1; i <= 5; i++) {
            float[] expected = new float[i];
            for (int row = 0; row < i; row++) {
                expected[row] = 100 + i * 10 + row;
            }
            assertThat(queued.get(i - 1).get(WAIT_SECONDS, TimeUnit.SECONDS)).as("caller %d", i)
                .containsExactly(expected);
        }
        assertThat(this.sessionCalls).extracting(SessionCallRecord::requests).containsExactly(1, 5);
        assertThat(this.sessionCalls.get(1).rows()).isEqualTo(1 + 2 + 3 + 4 + 5);
    }

    @Test
    void aBatchNeverMixesModelsAndKeepsArrivalOrder() throws Exception {
        this.batcher = new InferenceBatcher<>(this::gatedSessionCall, 1000);
        StubModel old = new StubModel(100);
        StubModel replacement = new StubModel(200);
        Future<float[]> first = call(old, 0, 1);
        awaitFirstCall();
        Future<float[]> a = call(old, 1, 1);
        awaitQueued(1);
        Future<float[]> b = call(replacement, 2, 1);
        awaitQueued(2);
        Future<float[]> c = call(old, 3, 1);
        awaitQueued(3);
        this.gate.countDown();
        assertThat(first.get(WAIT_SECONDS, TimeUnit.SECONDS)).containsExactly(100f);
        assertThat(a.get(WAIT_SECONDS, TimeUnit.SECONDS)).containsExactly(101f);
        assertThat(b.get(WAIT_SECONDS, TimeUnit.SECONDS)).containsExactly(202f);
        assertThat(c.get(WAIT_SECONDS, TimeUnit.SECONDS)).containsExactly(103f);
        assertThat(this.sessionCalls).extracting(SessionCallRecord::model).containsExactly(old, old, replacement, old);
    }

    @Test
    void queuedCallsBeyondTheRowCapWaitForTheNextSessionCallAndALargerCallRunsAlone() throws Exception {
        this.batcher = new InferenceBatcher<>(this::gatedSessionCall, 4);
        StubModel model = new StubModel(0);
        Future<float[]> first = call(model, 0, 1);
        awaitFirstCall();
        List<Future<float[]>> queued = new ArrayList<>();
        queued.add(call(model, 10, 3));
        awaitQueued(1);
        queued.add(call(model, 20, 2));
        awaitQueued(2);
        queued.add(call(model, 30, 6));
        awaitQueued(3);
        this.gate.countDown();
        first.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(queued.get(2).get(WAIT_SECONDS, TimeUnit.SECONDS)).hasSize(6).startsWith(30f, 31f);
        assertThat(this.sessionCalls).extracting(SessionCallRecord::rows).containsExactly(1, 3, 2, 6);
    }

    @Test
    void aFailedSessionCallFailsEveryCallerOfItsBatchAndTheNextBatchIsServed() throws Exception {
        this.batcher = new InferenceBatcher<>(this::gatedSessionCall, 1000);
        StubModel model = new StubModel(0);
        Future<float[]> first = call(model, 0, 1);
        awaitFirstCall();
        Future<float[]> a = call(model, 1, 1);
        Future<float[]> b = call(model, 2, 1);
        awaitQueued(2);
        this.failNext.set(true);
        this.gate.countDown();
        first.get(WAIT_SECONDS, TimeUnit.SECONDS);
        for (Future<float[]> failed : List.of(a, b)) {
            assertThatExceptionOfType(java.util.concurrent.ExecutionException.class)
                .isThrownBy(() -> failed.get(WAIT_SECONDS, TimeUnit.SECONDS))
                .withCauseInstanceOf(InferenceException.class)
                .satisfies((ex) -> assertThat(((InferenceException) ex.getCause()).kind())
                    .isEqualTo(InferenceException.Kind.INTERNAL));
        }
        assertThat(call(model, 7, 1).get(WAIT_SECONDS, TimeUnit.SECONDS)).containsExactly(7f);
    }

    @Test
    void closingFailsQueuedAndLaterCallsAsNotReadyInsteadOfLeavingThemWaiting() throws Exception {
        this.batcher = new InferenceBatcher<>(this::gatedSessionCall, 1000);
        StubModel model = new StubModel(0);
        Future<float[]> running = call(model, 0, 1);
        awaitFirstCall();
        Future<float[]> queued = call(model, 1, 1);
        awaitQueued(1);
        this.batcher.close();
        assertNotReady(queued);
        assertNotReady(call(model, 2, 1));
        this.gate.countDown();
        assertThat(running.get(WAIT_SECONDS, TimeUnit.SECONDS)).as("the call already running completes")
            .containsExactly(0f);
    }

    @Test
    void anInterruptedCallerStillGetsItsAnswerAndKeepsItsInterrupt() throws Exception {
        this.batcher = new InferenceBatcher<>(this::gatedSessionCall, 1000);
        StubModel model = new StubModel(0);
        call(model, 0, 1);
        awaitFirstCall();
        CompletableFuture<Boolean> interruptKept = new CompletableFuture<>();
        CompletableFuture<float[]> answer = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            answer.complete(this.batcher.run(model, rows(5, 1), 1));
            interruptKept.complete(Thread.currentThread().isInterrupted());
        });
        caller.start();
        awaitQueued(1);
        caller.interrupt();
        this.gate.countDown();
        assertThat(answer.get(WAIT_SECONDS, TimeUnit.SECONDS)).containsExactly(5f);
        assertThat(interruptKept.get(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void sessionCallsRunOnTheBatchingThread() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        this.batcher = new InferenceBatcher<>((model, scaled, rows, requests) -> {
            threads.add(Thread.currentThread().getName());
            return new float[rows];
        }, 1000);
        this.batcher.run(new StubModel(0), rows(0, 1), 1);
        assertThat(threads).containsExactly(InferenceBatcher.THREAD_NAME);
    }

    @Test
    void noCallIsLeftWaitingWhenCallsArriveAsTheThreadFallsAsleep() throws Exception {
        // Callers pause now and then, so the thread keeps going to sleep on an empty queue just as calls arrive:
        // a missed wake-up leaves a caller parked, and its future times out.
        this.batcher = new InferenceBatcher<>((model, scaled, rows, requests) -> answers(model, scaled, rows), 1000);
        StubModel model = new StubModel(1);
        int callsPerCaller = 20_000;
        List<Future<Integer>> wrong = new ArrayList<>();
        for (int caller = 0; caller < 4; caller++) {
            int base = caller * callsPerCaller;
            wrong.add(this.callers.submit(() -> {
                int mismatches = 0;
                for (int i = 0; i < callsPerCaller; i++) {
                    if (this.batcher.run(model, rows(base + i, 1), 1)[0] != base + i + 1) {
                        mismatches++;
                    }
                    if (i % 97 == 0) {
                        Thread.onSpinWait();
                        Thread.yield();
                    }
                }
                return mismatches;
            }));
        }
        for (Future<Integer> caller : wrong) {
            assertThat(caller.get(WAIT_SECONDS, TimeUnit.SECONDS)).isZero();
        }
    }

    private void assertNotReady(Future<float[]> call) {
        assertThatExceptionOfType(java.util.concurrent.ExecutionException.class)
            .isThrownBy(() -> call.get(WAIT_SECONDS, TimeUnit.SECONDS))
            .satisfies((ex) -> assertThat(((InferenceException) ex.getCause()).kind())
                .isEqualTo(InferenceException.Kind.MODEL_NOT_READY));
    }

    private Future<float[]> call(StubModel model, int firstValue, int rows) {
        return this.callers.submit(() -> this.batcher.run(model, rows(firstValue, rows), rows));
    }

    /** Rows whose first columns are firstValue, firstValue + 1, ... */
    private static float[] rows(int firstValue, int rows) {
        float[] scaled = new float[rows * COLUMNS];
        for (int row = 0; row < rows; row++) {
            scaled[row * COLUMNS] = firstValue + row;
            scaled[row * COLUMNS + 1] = -1;
        }
        return scaled;
    }

    private float[] gatedSessionCall(StubModel model, float[] scaled, int rows, int requests) {
        this.sessionCalls.add(new SessionCallRecord(model, rows, requests));
        if (this.firstCallStarted.getCount() > 0) {
            this.firstCallStarted.countDown();
            await(this.gate);
        }
        else if (this.failNext.getAndSet(false)) {
            throw InferenceException.internal("stand-in session call failed", null);
        }
        return answers(model, scaled, rows);
    }

    /** The stand-in model: each row's first value plus the model's offset. */
    private static float[] answers(StubModel model, float[] scaled, int rows) {
        float[] out = new float[rows];
        for (int row = 0; row < rows; row++) {
            out[row] = scaled[row * COLUMNS] + model.offset();
        }
        return out;
    }

    private void awaitFirstCall() {
        await(this.firstCallStarted);
    }

    /** Waits until {@code count} calls wait in the queue (callers run on other threads). */
    private void awaitQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (this.batcher.queued() < count) {
            assertThat(System.nanoTime()).as("%d calls queued in time", count).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private record StubModel(int offset) {
    }

    private record SessionCallRecord(StubModel model, int rows, int requests) {
    }

}
