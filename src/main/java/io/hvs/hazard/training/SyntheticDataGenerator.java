package io.hvs.hazard.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import io.hvs.hazard.features.SensorHistory;

/**
 * Generates the synthetic HVS data set of domain.md, deterministically for a seed: each module draws from its own
 * {@link Random} seeded from (seed, module index), so a module's data does not depend on the others.
 */
final class SyntheticDataGenerator {

    // Sensor columns in FeatureSchema.SENSOR_COLUMNS order.
    static final int AVG_TEMP = 0;
    static final int MAX_TEMP = 1;
    static final int VOLTAGE = 2;
    static final int CURRENT = 3;
    static final int SOC = 4;
    static final int CO = 5;
    static final int H2 = 6;
    static final int VOC = 7;
    static final int AMBIENT = 8;

    /** Per-step Gaussian noise sigma of each sensor. */
    static final double[] NOISE_SIGMA = { 0.3, 0.4, 0.15, 0.05, 1.5, 0.5, 0.5, 0.5, 0.1 };

    /** Outlier sigma (an outlier is +-7 of it); the SoC has none in the original generator. */
    static final double[] OUTLIER_SIGMA = { 0.2, 0.25, 0.05, 0.1, 0.0, 5, 5, 5, 0.1 };

    static final double OUTLIER_MULTIPLE = 7.0;

    /** Slow drifts per hour: temperature up 2 degC, voltage down 1.5 V, SoC down 5 points over 6 h. */
    static final double TEMP_DRIFT_PER_HOUR = 2.0 / 6;
    static final double VOLTAGE_DRIFT_PER_HOUR = -1.5 / 6;
    static final double SOC_DRIFT_PER_HOUR = -5.0 / 6;

    private SyntheticDataGenerator() {
    }

    static List<ModuleData> generate(GeneratorSettings settings) {
        List<String> ids = settings.moduleIds();
        List<ModuleData> modules = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Optional<FaultSpec> fault = settings.faults().stream().filter((f) -> f.moduleId().equals(id)).findFirst();
            modules.add(generateModule(settings, id, i, fault));
        }
        return modules;
    }

    private static ModuleData generateModule(GeneratorSettings settings, String id, int index,
            Optional<FaultSpec> fault) {
        Random random = new Random(mix(settings.seed(), index));
        double baseTemp = 25 + uniform(random, -2, 2);
        double baseVoltage = 51 + uniform(random, -1, 1);
        double baseSoc = 80 + uniform(random, -5, 5);
        double[] baseGas = { 2 + uniform(random, -0.5, 0.5), 2 + uniform(random, -0.5, 0.5),
                2 + uniform(random, -0.5, 0.5) };
        double baseAmbient = 22 + uniform(random, -1, 1);
        int steps = settings.steps();
        double[][] columns = new double[NOISE_SIGMA.length][steps];
        int[] labels = new int[steps];
        double[] v = new double[NOISE_SIGMA.length];
        for (int t = 0; t < steps; t++) {
            double hours = t * settings.intervalSeconds() / 3600.0;
            v[AVG_TEMP] = baseTemp + TEMP_DRIFT_PER_HOUR * hours + noise(random, AVG_TEMP);
            v[MAX_TEMP] = v[AVG_TEMP] + 1 + noise(random, MAX_TEMP);
            v[VOLTAGE] = baseVoltage + VOLTAGE_DRIFT_PER_HOUR * hours + noise(random, VOLTAGE);
            v[CURRENT] = noise(random, CURRENT);
            v[SOC] = baseSoc + SOC_DRIFT_PER_HOUR * hours + noise(random, SOC);
            for (int g = 0; g < 3; g++) {
                v[CO + g] = baseGas[g] + noise(random, CO + g);
            }
            v[AMBIENT] = baseAmbient + noise(random, AMBIENT);
            if (fault.isPresent() && fault.get().covers(t)) {
                applyFault(v, fault.get(), t, random);
                labels[t] = 1;
            }
            addImperfections(v, settings, random);
            for (int c = 0; c < v.length; c++) {
                columns[c][t] = v[c];
            }
        }
        return new ModuleData(new SensorHistory(id, columns), labels, fault, settings.startEpochSecond(),
                settings.intervalSeconds());
    }

    /** The original fault, its deviations scaled by the severity; p runs from 0 to 1 through the window. */
    private static void applyFault(double[] v, FaultSpec fault, int step, Random random) {
        double p = fault.progression(step);
        double s = fault.severity();
        v[AVG_TEMP] += s * (10 + 60 * p * p);
        v[MAX_TEMP] = v[AVG_TEMP] + uniform(random, 1, 5);
        v[VOLTAGE] = Math.max(30, v[VOLTAGE] - s * (2 + 15 * p));
        v[SOC] = Math.max(0, v[SOC] - s * (5 + 40 * p));
        v[CO] += s * (50 + 400 * p);
        v[H2] += s * (60 + 500 * p);
        v[VOC] += s * (70 + 600 * p);
    }

    private static void addImperfections(double[] v, GeneratorSettings settings, Random random) {
        for (int c = 0; c < v.length; c++) {
            double u = random.nextDouble();
            double sign = random.nextBoolean() ? 1.0 : -1.0;
            if (u < settings.missingRate()) {
                v[c] = Double.NaN;
            }
            else if (u < settings.missingRate() + settings.outlierRate() && OUTLIER_SIGMA[c] > 0) {
                v[c] += sign * OUTLIER_MULTIPLE * OUTLIER_SIGMA[c];
            }
        }
        // Gases are never negative and the SoC stays within 0..100, outliers included (NaN stays NaN).
        for (int g = CO; g <= VOC; g++) {
            v[g] = Double.isNaN(v[g]) ? v[g] : Math.max(0, v[g]);
        }
        v[SOC] = Double.isNaN(v[SOC]) ? v[SOC] : Math.min(100, Math.max(0, v[SOC]));
    }

    private static double noise(Random random, int column) {
        return random.nextGaussian() * NOISE_SIGMA[column];
    }

    private static double uniform(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** SplitMix64's finalizer over (seed, index), so neighbouring modules get unrelated streams. */
    static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

}
