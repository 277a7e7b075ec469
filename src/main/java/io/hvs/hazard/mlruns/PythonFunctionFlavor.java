package io.hvs.hazard.mlruns;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code python_function} flavor that lets {@code mlflow models serve} load the model.
 *
 * @param loaderModule e.g. {@code mlflow.tensorflow}
 * @param pythonVersion e.g. {@code 3.11.7}; always written as a string
 * @param env environment files, e.g. {@code conda: conda.yaml, virtualenv: python_env.yaml}
 */
public record PythonFunctionFlavor(String loaderModule, String pythonVersion, Map<String, String> env) {

    public static final String FLAVOR_NAME = "python_function";

    public PythonFunctionFlavor {
        env = Map.copyOf(env);
    }

    /** The pyfunc flavor MLflow writes next to a tensorflow flavor. */
    public static PythonFunctionFlavor tensorflow(String pythonVersion) {
        return new PythonFunctionFlavor("mlflow.tensorflow", pythonVersion,
                Map.of("conda", PythonEnvFiles.CONDA_YAML, "virtualenv", PythonEnvFiles.PYTHON_ENV_YAML));
    }

    Map<String, Object> toConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("loader_module", this.loaderModule);
        config.put("python_version", this.pythonVersion);
        config.put("env", new java.util.TreeMap<>(this.env));
        return config;
    }

}
