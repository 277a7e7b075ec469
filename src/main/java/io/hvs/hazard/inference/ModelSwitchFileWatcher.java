package io.hvs.hazard.inference;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The local switch trigger: polls {@code hvs.model-lifecycle.switch-file} and loads the selection again
 * whenever its text changes (polling, not a WatchService, so a Kubernetes-style symlink swap of a mounted
 * file is seen too). It needs write access to the file, nothing on the network. Owns its daemon thread;
 * Spring closes it.
 */
final class ModelSwitchFileWatcher implements AutoCloseable {

    static final String TRIGGER = "switch-file";

    private static final Log logger = LogFactory.getLog(ModelSwitchFileWatcher.class);

    private final ModelSelection selection;

    private final ModelSwitcher switcher;

    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor((task) -> {
        Thread thread = new Thread(task, "hvs-model-switch-file");
        thread.setDaemon(true);
        return thread;
    });

    private String lastText;

    ModelSwitchFileWatcher(ModelSelection selection, ModelSwitcher switcher, Duration interval) {
        this.selection = selection;
        this.switcher = switcher;
        // The start-up load already used the file's current text.
        this.lastText = selection.switchFileText();
        this.poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            String text = this.selection.switchFileText();
            if (Objects.equals(text, this.lastText)) {
                return;
            }
            this.lastText = text;
            // Every edit is an explicit request, so a failed model is retried when the file is saved again.
            this.switcher.loadAsync(this.selection.current(), TRIGGER);
        }
        catch (RuntimeException ex) {
            logger.error("Model switch file not usable: " + ex.getMessage());
        }
    }

    @Override
    public void close() {
        this.poller.shutdownNow();
    }

}
