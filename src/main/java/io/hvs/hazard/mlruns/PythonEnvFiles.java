package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment files MLflow writes beside MLmodel ({@code conda.yaml}, {@code python_env.yaml},
 * {@code requirements.txt}), which {@code mlflow models serve} needs to build an environment.
 */
public final class PythonEnvFiles {

    public static final String CONDA_YAML = "conda.yaml";

    public static final String PYTHON_ENV_YAML = "python_env.yaml";

    public static final String REQUIREMENTS_TXT = "requirements.txt";

    // The build pins MLflow 2.20's python_env.yaml carries for its default pip.
    private static final List<String> BUILD_DEPENDENCIES = List.of("pip==24.0", "setuptools==69.5.1",
            "wheel==0.43.0");

    private PythonEnvFiles() {
    }

    /**
     * Writes the three files into {@code modelDir}.
     * @param pythonVersion e.g. {@code 3.11.7}
     * @param requirements pip requirements, MLflow first, e.g. {@code mlflow==2.20.0}, {@code tensorflow==2.16.1}
     */
    public static void write(Path modelDir, String pythonVersion, List<String> requirements) {
        List<Object> condaDependencies = new ArrayList<>();
        condaDependencies.add("python=" + pythonVersion);
        condaDependencies.add("pip<=24.0");
        condaDependencies.add(Map.of("pip", requirements));
        Map<String, Object> conda = new LinkedHashMap<>();
        conda.put("channels", List.of("conda-forge"));
        conda.put("dependencies", condaDependencies);
        conda.put("name", "mlflow-env");
        MlrunsYaml.write(modelDir.resolve(CONDA_YAML), conda);

        Map<String, Object> pythonEnv = new LinkedHashMap<>();
        pythonEnv.put("build_dependencies", BUILD_DEPENDENCIES);
        pythonEnv.put("dependencies", List.of("-r " + REQUIREMENTS_TXT));
        pythonEnv.put("python", pythonVersion);
        MlrunsYaml.write(modelDir.resolve(PYTHON_ENV_YAML), pythonEnv);

        TextFiles.write(modelDir.resolve(REQUIREMENTS_TXT), String.join("\n", requirements) + "\n");
    }

}
