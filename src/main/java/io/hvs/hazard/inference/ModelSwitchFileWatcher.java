package io.hvs.hazard.inference;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

import io.hvs.hazard.model.ModelProperties;

/**
 * The switch trigger: polls {@code hvs.model-lifecycle.switch-file} and loads the selection again whenever the
 * file's content changes. Polling, not a WatchService: a Kubernetes ConfigMap volume is updated by re-pointing a
 * symlink ({@code ..data}) to a new directory, which a watch on the file never reports, while reading the path
 * again follows the new link. A file that does not exist (yet) counts as none (the configured selection serves)
 * and is picked up when it appears; one that cannot be read or parsed is a failed load (logged once per change,
 * counted, the old model serving on).
 *
 * <p>Always a bean, so that bean presence never depends on runtime properties (Spring AOT evaluates conditions
 * at build time): without a switch file it starts no thread and does nothing. Polling starts with the context
 * (after the start-up load was queued, so a change is never overtaken by it) and stops with it. One poller
 * thread touches the state below; {@link #initialSelection()} runs before that thread starts.
 */
final class ModelSwitchFileWatcher implements SmartLifecycle {

    static final String TRIGGER = "switch-file";

    private static final Log logger = LogFactory.getLog(ModelSwitchFileWatcher.class);

    private final ModelSelection selection;

    private final ModelSwitcher switcher;

    private final Duration interval;

    // The content the last load was asked for (null: no file), or the reason the file could not be read then.
    private byte[] lastContent;

    private String lastProblem;

    private volatile ScheduledExecutorService poller;

    ModelSwitchFileWatcher(ModelSelection selection, ModelSwitcher switcher, Duration interval) {
        this.selection = selection;
        this.switcher = switcher;
        this.interval = interval;
    }

    /**
     * The selection to load at start-up, from the same read of the switch file that later polls compare with (two
     * reads could straddle an update, which would then never be loaded).
     * @throws RuntimeException when the file exists but cannot be read or parsed: no start on a selection nobody
     * asked for
     */
    ModelProperties initialSelection() {
        byte[] content = this.selection.readSwitchFile();
        this.lastContent = content;
        this.lastProblem = null;
        return this.selection.select(content);
    }

    @Override
    public synchronized void start() {
        if (this.selection.switchFile() == null || this.poller != null) {
            return;
        }
        this.poller = Executors.newSingleThreadScheduledExecutor((task) -> {
            Thread thread = new Thread(task, "hvs-model-switch-file");
            thread.setDaemon(true);
            return thread;
        });
        long millis = this.interval.toMillis();
        this.poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        logger.info("Watching the model switch file " + this.selection.switchFile() + " every " + millis + " ms");
    }

    @Override
    public synchronized void stop() {
        if (this.poller != null) {
            this.poller.shutdownNow();
            this.poller = null;
        }
    }

    @Override
    public boolean isRunning() {
        return this.poller != null;
    }

    /**
     * One poll (the poller thread's task; tests call it directly).
     * @return the load it asked for, or {@code null} when the file did not change
     */
    CompletableFuture<ServedModel> poll() {
        try {
            Supplier<ModelProperties> next = changedSelection();
            // Every change is an explicit request, so a failed model is retried when the file changes again.
            return (next != null) ? this.switcher.loadAsync(next, TRIGGER) : null;
        }
        catch (RuntimeException ex) {
            // Thrown out of a scheduled task, it would cancel every later poll.
            logger.error("Polling the model switch file failed: " + ex);
            return null;
        }
    }

    /** What to load now, or {@code null} when the file is as it was at the last load request. */
    private Supplier<ModelProperties> changedSelection() {
        byte[] content;
        try {
            content = this.selection.readSwitchFile();
        }
        catch (UncheckedIOException ex) {
            String problem = String.valueOf(ex.getCause());
            if (problem.equals(this.lastProblem)) {
                return null;
            }
            this.lastProblem = problem;
            return () -> {
                throw ex;
            };
        }
        if (this.lastProblem == null && Arrays.equals(content, this.lastContent)) {
            return null;
        }
        this.lastContent = content;
        this.lastProblem = null;
        // Parsed on the loader thread, where a garbled file becomes a failed load like any other.
        return () -> this.selection.select(content);
    }

}
