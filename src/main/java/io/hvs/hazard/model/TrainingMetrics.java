package io.hvs.hazard.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.hvs.hazard.mlruns.MlrunsException;
import io.hvs.hazard.mlruns.MlrunsLayout;
import io.hvs.hazard.mlruns.MlrunsReader;

/**
 * The latest value of each metric the training run logged (its {@code metrics/} folder), for the info endpoint.
 */
public final class TrainingMetrics {

    private static final Log logger = LogFactory.getLog(TrainingMetrics.class);

    private TrainingMetrics() {
    }

    /**
     * @param source a located model whose artifacts folder sits in an mlruns store
     * @return metric name to latest value, sorted by name; empty when the run's metrics cannot be read (logged)
     */
    public static Map<String, Double> latest(ModelSource source) {
        // <root>/<experiment>/<run>/artifacts: the locator already mapped it into the local store.
        Path runDir = source.artifactsDir().getParent();
        Path experimentDir = (runDir != null) ? runDir.getParent() : null;
        Path root = (experimentDir != null) ? experimentDir.getParent() : null;
        if (root == null) {
            return Map.of();
        }
        try {
            MlrunsReader reader = new MlrunsReader(MlrunsLayout.of(root));
            Map<String, Double> values = new LinkedHashMap<>();
            reader.latestMetrics(reader.run(source.runId())).forEach((name, metric) -> values.put(name, metric.value()));
            return Collections.unmodifiableMap(values);
        }
        catch (MlrunsException | IllegalArgumentException ex) {
            logger.warn("Training metrics of run " + source.runId() + " not readable: " + ex.getMessage());
            return Map.of();
        }
    }

}
