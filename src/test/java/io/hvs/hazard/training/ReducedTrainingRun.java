package io.hvs.hazard.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One real training run on a reduced data set (32 modules, 7 faults, 2 of them in the held-out racks), recorded
 * into a temporary mlruns folder, shared by the test classes of a JVM so that it trains once.
 */
final class ReducedTrainingRun {

    static final String FAULTS = "RackA2_Module01:360:200:1.0,RackA4_Module03:520:180:0.7,RackB1_Module03:700:220:1.2,"
            + "RackB2_Module04:880:200:0.8,RackB4_Module02:1300:240:0.6,RackA3_Module04:1500:200:0.9,"
            + "RackB3_Module02:1750:200:0.5";

    private static TrainingMain.TrainedRun run;

    private static Path root;

    private ReducedTrainingRun() {
    }

    static synchronized TrainingMain.TrainedRun get() {
        if (run == null) {
            try {
                root = Files.createTempDirectory("reduced-training-run");
                Runtime.getRuntime().addShutdownHook(new Thread(ReducedTrainingRun::deleteRoot));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            run = TrainingMain.train(properties(root.resolve("mlruns")), Optional.of(root.resolve("events")));
        }
        return run;
    }

    private static void deleteRoot() {
        try (java.util.stream.Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
        }
        catch (IOException ex) {
            // a leftover temp folder is harmless; the JVM is exiting
        }
    }

    static TrainingProperties properties(Path mlruns) {
        return TrainingProperties.fromArgs("--mlruns=" + mlruns, "--modules_per_rack=4", "--faults=" + FAULTS);
    }

    /** The mlruns root of the shared run. */
    static Path mlruns() {
        get();
        return root.resolve("mlruns");
    }

    /** Where the shared run wrote its sample payloads. */
    static Path events() {
        get();
        return root.resolve("events");
    }

}
