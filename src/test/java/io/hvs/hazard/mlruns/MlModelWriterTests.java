package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.hvs.hazard.mlruns.MlrunsFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class MlModelWriterTests {

    @TempDir
    Path root;

    @Test
    void mlmodelQuotesTimeAndPythonVersionAndKeepsTheSignatureAsJsonStrings() {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);
        String text = read(run.artifactsDir().resolve("model/MLmodel"));

        assertThat(text).contains("utc_time_created: '2024-06-10 06:15:23.456789'\n")
            .contains("    python_version: '3.10'\n")
            .contains("  tensorflow:\n    meta_graph_tags:\n    - serve\n    model_type: tf1-estimator\n"
                    + "    saved_model_dir: tfmodel\n    signature_def_key: serving_default\n")
            .contains("  outputs: '[{\"type\": \"float\", \"name\": \"hazard_probability\", \"required\": true}]'\n")
            .contains("mlflow_version: 2.20.0\n")
            .contains("model_uuid: 0a1b2c3d4e5f40718293a4b5c6d7e8f9\n");
    }

    @Test
    void logModelHistoryTagHasThe216ElementShape() throws Exception {
        RunWriter run = MlrunsFixtures.writeCompleteRun(this.root, 42);
        String text = read(this.root.resolve(run.experimentId()).resolve(run.runId())
            .resolve("tags/mlflow.log-model.history"));

        List<?> history = new ObjectMapper().readValue(text, List.class);
        assertThat(history).hasSize(1);
        assertThat(((Map<?, ?>) history.get(0)).keySet()).map(String::valueOf).containsExactly("run_id", "artifact_path",
                "utc_time_created", "model_uuid", "flavors");
        assertThat(text).startsWith("[{\"run_id\": \"" + run.runId() + "\", \"artifact_path\": \"model\", ")
            .contains("\"python_function\": {\"loader_module\": \"mlflow.tensorflow\"");
    }

    @Test
    void utcTimeCreatedHasMicrosecondsOnlyWhenNonZero() {
        assertThat(MlModel.formatUtcTime(java.time.Instant.parse("2024-06-10T06:15:23Z"))).isEqualTo("2024-06-10 06:15:23");
        assertThat(MlModel.formatUtcTime(java.time.Instant.parse("2024-06-10T06:15:23.000120Z")))
            .isEqualTo("2024-06-10 06:15:23.000120");
    }

}
