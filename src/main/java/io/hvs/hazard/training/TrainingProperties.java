package io.hvs.hazard.training;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting of a training run: data, split, model, optimiser, threshold rule and output. All are logged as run
 * params, so a run says how to reproduce it. Command-line form: {@code --name=value} with the param names of
 * {@link #asParams()}; anything not given keeps its default.
 *
 * @param seed seeds the data, the split, the initial weights and the batch order
 * @param mlruns the mlruns root to write into
 * @param events where the sample API payloads go; empty for nowhere
 * @param experimentName MLflow experiment
 * @param registeredModel registered model name
 * @param alias registry alias pointed at the new version
 * @param modulesPerRack modules per rack (8 racks)
 * @param steps readings per module
 * @param missingRate probability of a missing sensor value
 * @param outlierRate probability of an outlier sensor value
 * @param faults faulty modules, {@code id:onset:duration:severity,...}
 * @param heldOutRacks racks kept out of training entirely (evaluated as unseen modules)
 * @param testFraction stratified share of the other modules' rows kept for the test split
 * @param validationFraction stratified share of the remaining rows kept for choosing the threshold
 * @param hiddenUnits hidden layer widths of an MLP, e.g. {@code 32,16}; empty (the default) = logistic regression
 * @param epochs passes over the training split
 * @param batchSize rows per Adam step
 * @param learningRate Adam learning rate
 * @param recallTarget the validation recall the decision threshold must reach
 */
record TrainingProperties(long seed, Path mlruns, String events, String experimentName, String registeredModel, String alias,
        int modulesPerRack, int steps, double missingRate, double outlierRate, String faults, List<String> heldOutRacks,
        double testFraction, double validationFraction, List<Integer> hiddenUnits, int epochs, int batchSize,
        float learningRate, double recallTarget) {

    TrainingProperties {
        heldOutRacks = List.copyOf(heldOutRacks);
        hiddenUnits = List.copyOf(hiddenUnits);
        if (!(testFraction > 0 && testFraction < 1 && validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("test and validation fractions must be within (0, 1)");
        }
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || !(recallTarget > 0 && recallTarget <= 1)) {
            throw new IllegalArgumentException("epochs, batch size, learning rate and recall target must be positive");
        }
    }

    static TrainingProperties defaults() {
        return new TrainingProperties(42, Path.of("mlruns"), "events", "HVS_Fire_Prediction", "hvs-hazard-classifier",
                "champion", 8, 2160, 0.0005, 0.0001, GeneratorSettings.DEFAULT_FAULTS, List.of("RackA3", "RackB3"),
                0.2, 0.2, List.of(), 30, 256, 0.01f, 0.99);
    }

    /** Defaults overridden by {@code --name=value} arguments. */
    static TrainingProperties fromArgs(String... args) {
        Map<String, String> values = defaults().asParams();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments are --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("unknown setting '" + name + "'; known: " + values.keySet());
            }
            values.put(name, arg.substring(arg.indexOf('=') + 1));
        }
        return new TrainingProperties(Long.parseLong(values.get("seed")), Path.of(values.get("mlruns")),
                values.get("events"), values.get("experiment_name"), values.get("registered_model"),
                values.get("alias"),
                Integer.parseInt(values.get("modules_per_rack")), Integer.parseInt(values.get("steps")),
                Double.parseDouble(values.get("missing_rate")), Double.parseDouble(values.get("outlier_rate")),
                values.get("faults"), list(values.get("held_out_racks")),
                Double.parseDouble(values.get("test_fraction")), Double.parseDouble(values.get("validation_fraction")),
                list(values.get("hidden_units")).stream().map(Integer::parseInt).toList(),
                Integer.parseInt(values.get("epochs")), Integer.parseInt(values.get("batch_size")),
                Float.parseFloat(values.get("learning_rate")), Double.parseDouble(values.get("recall_target")));
    }

    /** The settings as MLflow params, in command-line names. */
    Map<String, String> asParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("seed", Long.toString(this.seed));
        params.put("mlruns", this.mlruns.toString());
        params.put("events", this.events);
        params.put("experiment_name", this.experimentName);
        params.put("registered_model", this.registeredModel);
        params.put("alias", this.alias);
        params.put("modules_per_rack", Integer.toString(this.modulesPerRack));
        params.put("steps", Integer.toString(this.steps));
        params.put("missing_rate", Double.toString(this.missingRate));
        params.put("outlier_rate", Double.toString(this.outlierRate));
        params.put("faults", this.faults);
        params.put("held_out_racks", String.join(",", this.heldOutRacks));
        params.put("test_fraction", Double.toString(this.testFraction));
        params.put("validation_fraction", Double.toString(this.validationFraction));
        params.put("hidden_units", String.join(",", this.hiddenUnits.stream().map(String::valueOf).toList()));
        params.put("epochs", Integer.toString(this.epochs));
        params.put("batch_size", Integer.toString(this.batchSize));
        params.put("learning_rate", Float.toString(this.learningRate));
        params.put("recall_target", Double.toString(this.recallTarget));
        return params;
    }

    GeneratorSettings generatorSettings() {
        return new GeneratorSettings(this.seed, GeneratorSettings.DEFAULT_RACKS, this.modulesPerRack, this.steps, 10,
                GeneratorSettings.DEFAULT_START, this.missingRate, this.outlierRate, FaultSpec.parseAll(this.faults));
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter((s) -> !s.isEmpty()).toList();
    }

}
