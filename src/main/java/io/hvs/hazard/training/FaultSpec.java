package io.hvs.hazard.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A module that heads for thermal runaway: its hazardous window starts at {@code onsetStep} and lasts
 * {@code durationSteps} readings, with the fault's deviations scaled by {@code severity} (1 = the original data
 * set's fault).
 *
 * @param moduleId the faulty module
 * @param onsetStep first hazardous step (0-based)
 * @param durationSteps hazardous steps, at least 2
 * @param severity scale of the deviations, {@code > 0}
 */
record FaultSpec(String moduleId, int onsetStep, int durationSteps, double severity) {

    FaultSpec {
        Objects.requireNonNull(moduleId, "moduleId");
        if (onsetStep < 0 || durationSteps < 2 || !(severity > 0.0)) {
            throw new IllegalArgumentException("bad fault " + moduleId + ": onset " + onsetStep + ", duration "
                    + durationSteps + ", severity " + severity);
        }
    }

    /** Parses {@code id:onset:duration:severity[,...]}, the form the params record. */
    static List<FaultSpec> parseAll(String text) {
        List<FaultSpec> faults = new ArrayList<>();
        for (String item : text.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            String[] parts = item.trim().split(":");
            if (parts.length != 4) {
                throw new IllegalArgumentException("fault must be id:onset:duration:severity, got '" + item + "'");
            }
            faults.add(new FaultSpec(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Double.parseDouble(parts[3])));
        }
        return List.copyOf(faults);
    }

    static String formatAll(List<FaultSpec> faults) {
        List<String> items = new ArrayList<>();
        for (FaultSpec fault : faults) {
            items.add(fault.moduleId + ":" + fault.onsetStep + ":" + fault.durationSteps + ":" + fault.severity);
        }
        return String.join(",", items);
    }

    boolean covers(int step) {
        return step >= this.onsetStep && step < this.onsetStep + this.durationSteps;
    }

    /** Progression 0..1 through the hazardous window. */
    double progression(int step) {
        return (step - this.onsetStep) / (double) (this.durationSteps - 1);
    }

}
