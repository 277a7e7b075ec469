package io.hvs.hazard.mlruns;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MlrunsLayoutTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "/app/mlruns|/app/mlruns", "file:///app/mlruns|/app/mlruns",
            "file:/app/mlruns|/app/mlruns", "file://localhost/app/mlruns/|/app/mlruns",
            "file:///data/my%20runs|/data/my runs", "'  /app/mlruns  '|/app/mlruns" })
    void trackingUriIsAPathOrAFileUri(String uri, String expected) {
        assertThat(MlrunsLayout.fromTrackingUri(uri).root()).isEqualTo(Path.of(expected));
    }

    @Test
    void blankOrRelativeTrackingUriIsResolvedAgainstTheWorkingDirectory() {
        Path cwd = Path.of("").toAbsolutePath();

        assertThat(MlrunsLayout.fromTrackingUri("").root()).isEqualTo(cwd.resolve("mlruns"));
        assertThat(MlrunsLayout.fromTrackingUri("./runs").root()).isEqualTo(cwd.resolve("runs"));
        assertThat(MlrunsLayout.fromTrackingUri("file:runs").root()).isEqualTo(cwd.resolve("runs"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:5000", "sqlite:///mlflow.db", "file://otherhost/x" })
    void nonFileStoresAreRejected(String uri) {
        assertThatThrownBy(() -> MlrunsLayout.fromTrackingUri(uri))
            .hasMessage("tracking URI '" + uri + "' is not a local file store (use a path or a file: URI)");
    }

    @Test
    void idsAndNamesCannotLeaveTheRoot() {
        MlrunsLayout layout = MlrunsLayout.of(Path.of("/m"));

        assertThatThrownBy(() -> layout.experimentDir("..")).hasMessage("invalid experiment id '..'");
        assertThatThrownBy(() -> layout.runDir("0", "../x")).hasMessage("invalid run id '../x'");
        assertThatThrownBy(() -> layout.registeredModelDir("a/b")).hasMessage("invalid registered model name 'a/b'");
        assertThatThrownBy(() -> layout.aliasFile("m", "../x")).hasMessage("invalid model alias '../x'");
        assertThat(layout.versionMeta("m", 3)).isEqualTo(Path.of("/m/models/m/version-3/meta.yaml"));
    }

}
