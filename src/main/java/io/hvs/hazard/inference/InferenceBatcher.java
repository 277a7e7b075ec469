package io.hvs.hazard.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs every session call on one dedicated thread, each with the rows of all calls queued since the previous one:
 * concurrent requests share session calls, and TensorFlow's code and data stay hot in that thread's core.
 * <p>
 * Why (issue 7, async-profiler and wrk, single-reading requests at 16 connections on 2 cores): a session call has a
 * fixed cost of about 7 us in a JMH loop but 20-30 us in the server, where request threads on both cores take turns
 * with TensorFlow and keep evicting its caches; it was a third of what a request cost on top of the web stack. With
 * this thread, 3 requests share a call on average and the service answers about 20% more requests per second than
 * calling TensorFlow from each request thread, which also beats batching led by the request threads themselves (a
 * different leader per batch: cold caches and a wake-up between batches). An idle service pays one hand-off per
 * request (two thread wake-ups, tens of microseconds).
 * <p>
 * Batches keep arrival order, never mix models (a switch can leave calls for the old and the new model queued
 * together), and take queued calls while their rows fit in {@code maxBatchRows}; a larger call runs alone. What a
 * session call throws reaches every caller of its batch. Thread-safe; {@link #close()} stops the thread.
 *
 * @param <M> the model a call runs on
 */
final class InferenceBatcher<M> implements AutoCloseable {

    /** Runs one batch of rows through a model's session. */
    @FunctionalInterface
    interface SessionCall<M> {

        /**
         * @param model the model all rows are for
         * @param scaled row-major input rows
         * @param rows how many rows {@code scaled} holds
         * @param requests how many calls the rows come from (for metrics)
         * @return one output per row
         */
        float[] run(M model, float[] scaled, int rows, int requests);

    }

    static final String THREAD_NAME = "hvs-inference";

    private final SessionCall<M> sessionCall;

    private final int maxBatchRows;

    private final LinkedBlockingQueue<Call<M>> queue = new LinkedBlockingQueue<>();

    // Queued by close(): wakes the thread and ends it, after the calls queued before it.
    private final Call<M> stop = new Call<>(null, new float[0], 0, null);

    private volatile boolean closed;

    /**
     * @param sessionCall runs a batch; what it throws reaches every caller of that batch
     * @param maxBatchRows a batch takes queued calls while their rows fit in this; a larger call runs alone
     */
    InferenceBatcher(SessionCall<M> sessionCall, int maxBatchRows) {
        if (maxBatchRows < 1) {
            throw new IllegalArgumentException("maxBatchRows must be at least 1");
        }
        this.sessionCall = sessionCall;
        this.maxBatchRows = maxBatchRows;
        Thread thread = new Thread(this::runBatches, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs {@code rows} rows on {@code model}, in a batch with the rows of other calls queued meanwhile.
     * @param model the model; the caller keeps it open until this returns
     * @param scaled row-major input rows; not modified
     * @param rows how many rows {@code scaled} holds (at least 1)
     * @return one output per row, in the order of {@code scaled}
     * @throws InferenceException MODEL_NOT_READY once closed; whatever the session call threw
     */
    float[] run(M model, float[] scaled, int rows) {
        Call<M> call = new Call<>(model, scaled, rows, Thread.currentThread());
        this.queue.add(call);
        if (this.closed) {
            // close() may have drained the queue before this call got in: fail it here rather than wait forever.
            failQueued();
        }
        call.await();
        return call.answer();
    }

    /**
     * Stops the thread once the session call running now (if any) has answered its callers; calls still queued,
     * and any made later, fail with MODEL_NOT_READY. Idempotent.
     */
    @Override
    public void close() {
        if (!this.closed) {
            this.closed = true;
            this.queue.add(this.stop);
            failQueued();
        }
    }

    /** How many calls wait for a session call (not counting those in the one running). */
    int queued() {
        return (int) this.queue.stream().filter((call) -> call != this.stop).count();
    }

    private void failQueued() {
        List<Call<M>> left = new ArrayList<>();
        this.queue.drainTo(left);
        InferenceException shuttingDown = InferenceException.modelNotReady("the service is shutting down");
        for (Call<M> call : left) {
            if (call == this.stop) {
                this.queue.add(call);
            }
            else {
                call.finish(null, shuttingDown);
            }
        }
    }

    private void runBatches() {
        List<Call<M>> batch = new ArrayList<>();
        Call<M> next = null;
        for (;;) {
            Call<M> first;
            try {
                first = (next != null) ? next : this.queue.take();
            }
            catch (InterruptedException ex) {
                // Nobody else interrupts this thread; close() ends it through the queue.
                continue;
            }
            next = null;
            if (first == this.stop) {
                return;
            }
            batch.add(first);
            int rows = first.rows;
            for (Call<M> call = this.queue.poll(); call != null; call = this.queue.poll()) {
                if (call == this.stop || call.model != first.model || rows + call.rows > this.maxBatchRows) {
                    // Opens the next batch (or ends the thread after this one), so arrival order holds.
                    next = call;
                    break;
                }
                rows += call.rows;
                batch.add(call);
            }
            runBatch(first.model, batch, rows);
            batch.clear();
        }
    }

    private void runBatch(M model, List<Call<M>> batch, int rows) {
        float[] outputs;
        try {
            outputs = this.sessionCall.run(model, joined(batch), rows, batch.size());
        }
        catch (RuntimeException | Error ex) {
            for (Call<M> call : batch) {
                call.finish(null, ex);
            }
            return;
        }
        if (batch.size() == 1) {
            batch.get(0).finish(outputs, null);
            return;
        }
        int row = 0;
        for (Call<M> call : batch) {
            call.finish(Arrays.copyOfRange(outputs, row, row + call.rows), null);
            row += call.rows;
        }
    }

    private static <M> float[] joined(List<Call<M>> batch) {
        if (batch.size() == 1) {
            return batch.get(0).scaled;
        }
        int values = 0;
        for (Call<M> call : batch) {
            values += call.scaled.length;
        }
        float[] joined = new float[values];
        int at = 0;
        for (Call<M> call : batch) {
            System.arraycopy(call.scaled, 0, joined, at, call.scaled.length);
            at += call.scaled.length;
        }
        return joined;
    }

    /** One waiting caller: its rows, and what its batch produced. */
    private static final class Call<M> {

        final M model;

        final float[] scaled;

        final int rows;

        final Thread caller;

        // Written before the volatile done flag that publishes them.
        private float[] result;

        private Throwable failure;

        private volatile boolean done;

        Call(M model, float[] scaled, int rows, Thread caller) {
            this.model = model;
            this.scaled = scaled;
            this.rows = rows;
            this.caller = caller;
        }

        void finish(float[] result, Throwable failure) {
            this.result = result;
            this.failure = failure;
            this.done = true;
            LockSupport.unpark(this.caller);
        }

        /** Parks until the batch has answered; an interrupt is kept for the caller, not lost, and not obeyed. */
        void await() {
            boolean interrupted = false;
            while (!this.done) {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        float[] answer() {
            if (this.failure instanceof RuntimeException ex) {
                throw ex;
            }
            if (this.failure instanceof Error error) {
                throw error;
            }
            return this.result;
        }

    }

}
