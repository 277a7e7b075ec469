package io.hvs.hazard.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the model does on modules it never saw, read as a stream of alarms per module.
 * <ul>
 * <li>Lead time of a faulty module: seconds from the start of its hazardous window to the first alarm inside the
 * window (NaN if the window passes without one).</li>
 * <li>False alarms on the normal modules: an alarm episode (consecutive alarmed readings) counts once, per
 * module-day of readings; the alarmed readings per module-day are reported as well.</li>
 * </ul>
 *
 * @param leadTimeSeconds per faulty held-out module
 * @param normalModuleDays module-days of readings of the normal held-out modules
 * @param falseAlarmEpisodes alarm episodes on the normal held-out modules
 * @param falseAlarmReadings alarmed readings on the normal held-out modules
 */
record HeldOutEvaluation(Map<String, Double> leadTimeSeconds, double normalModuleDays, long falseAlarmEpisodes,
        long falseAlarmReadings) {

    double falseAlarmsPerModuleDay() {
        return this.falseAlarmEpisodes / this.normalModuleDays;
    }

    double falseAlarmReadingsPerModuleDay() {
        return this.falseAlarmReadings / this.normalModuleDays;
    }

    double maxLeadTimeSeconds() {
        return this.leadTimeSeconds.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** {@code scores} maps the index of a held-out module in {@code modules} to its scores in time order. */
    static HeldOutEvaluation of(List<ModuleData> modules, Map<Integer, float[]> scores, double threshold) {
        Map<String, Double> leadTimes = new LinkedHashMap<>();
        double seconds = 0;
        long episodes = 0;
        long readings = 0;
        for (Map.Entry<Integer, float[]> entry : scores.entrySet()) {
            ModuleData module = modules.get(entry.getKey());
            float[] moduleScores = entry.getValue();
            if (module.fault().isPresent()) {
                FaultSpec fault = module.fault().get();
                double lead = Double.NaN;
                for (int t = fault.onsetStep(); t < fault.onsetStep() + fault.durationSteps(); t++) {
                    if (moduleScores[t] >= threshold) {
                        lead = (module.epochSecond(t) - module.epochSecond(fault.onsetStep()));
                        break;
                    }
                }
                leadTimes.put(module.moduleId(), lead);
            }
            else {
                seconds += (double) module.rows() * module.intervalSeconds();
                boolean previous = false;
                for (float score : moduleScores) {
                    boolean alarm = score >= threshold;
                    readings += alarm ? 1 : 0;
                    episodes += (alarm && !previous) ? 1 : 0;
                    previous = alarm;
                }
            }
        }
        return new HeldOutEvaluation(leadTimes, seconds / 86_400, episodes, readings);
    }

}
