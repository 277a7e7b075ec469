package io.hvs.hazard.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The synthetic data set's settings. {@link #defaults()} are the original generator's (64 modules, 2,160 steps of
 * 10 s, 0.05 % missing values, 0.01 % outliers) with eight faulty modules of different onsets and severities instead
 * of one; the first of them is the original {@code RackA2_Module01} fault.
 *
 * @param seed seeds every random draw
 * @param racks rack ids
 * @param modulesPerRack modules per rack, numbered from 01
 * @param steps readings per module
 * @param intervalSeconds seconds between readings
 * @param startEpochSecond timestamp of the first reading
 * @param missingRate probability that a sensor value is missing
 * @param outlierRate probability that a sensor value is an outlier of +-7 outlier sigma
 * @param faults the faulty modules
 */
record GeneratorSettings(long seed, List<String> racks, int modulesPerRack, int steps, int intervalSeconds,
        long startEpochSecond, double missingRate, double outlierRate, List<FaultSpec> faults) {

    /** 2024-01-01T00:00:00Z. */
    static final long DEFAULT_START = 1_704_067_200L;

    static final List<String> DEFAULT_RACKS = List.of("RackA1", "RackA2", "RackA3", "RackA4", "RackB1", "RackB2",
            "RackB3", "RackB4");

    static final String DEFAULT_FAULTS = "RackA2_Module01:360:200:1.0,RackA4_Module05:520:180:0.7,"
            + "RackB1_Module03:700:220:1.2,RackB2_Module07:880:200:0.8,RackA1_Module06:1100:160:1.0,"
            + "RackB4_Module02:1300:240:0.6,RackA3_Module04:1500:200:0.9,RackB3_Module08:1750:200:0.5";

    GeneratorSettings {
        racks = List.copyOf(racks);
        faults = List.copyOf(faults);
        if (modulesPerRack < 1 || modulesPerRack > 99 || steps < 2 || intervalSeconds < 1) {
            throw new IllegalArgumentException("need 1..99 modules per rack, 2+ steps and a positive interval");
        }
        if (!(missingRate >= 0 && missingRate < 0.5 && outlierRate >= 0 && outlierRate < 0.5)) {
            throw new IllegalArgumentException("missing and outlier rates must be within [0, 0.5)");
        }
        Set<String> ids = Set.copyOf(moduleIds(racks, modulesPerRack));
        for (FaultSpec fault : faults) {
            if (!ids.contains(fault.moduleId())) {
                throw new IllegalArgumentException("fault for unknown module " + fault.moduleId());
            }
            if (fault.onsetStep() + fault.durationSteps() > steps) {
                throw new IllegalArgumentException("fault of " + fault.moduleId() + " ends after the last step");
            }
        }
        if (faults.stream().map(FaultSpec::moduleId).distinct().count() != faults.size()) {
            throw new IllegalArgumentException("at most one fault per module");
        }
    }

    static GeneratorSettings defaults(long seed) {
        return new GeneratorSettings(seed, DEFAULT_RACKS, 8, 2160, 10, DEFAULT_START, 0.0005, 0.0001,
                FaultSpec.parseAll(DEFAULT_FAULTS));
    }

    List<String> moduleIds() {
        return moduleIds(this.racks, this.modulesPerRack);
    }

    private static List<String> moduleIds(List<String> racks, int modulesPerRack) {
        List<String> ids = new ArrayList<>();
        for (String rack : racks) {
            for (int m = 1; m <= modulesPerRack; m++) {
                ids.add(String.format("%s_Module%02d", rack, m));
            }
        }
        return ids;
    }

}
