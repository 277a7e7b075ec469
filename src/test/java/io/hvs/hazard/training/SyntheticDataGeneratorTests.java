package io.hvs.hazard.training;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.hvs.hazard.training.SyntheticDataGenerator.AVG_TEMP;
import static io.hvs.hazard.training.SyntheticDataGenerator.CO;
import static io.hvs.hazard.training.SyntheticDataGenerator.CURRENT;
import static io.hvs.hazard.training.SyntheticDataGenerator.SOC;
import static io.hvs.hazard.training.SyntheticDataGenerator.VOC;
import static io.hvs.hazard.training.SyntheticDataGenerator.VOLTAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticDataGeneratorTests {

    private static List<ModuleData> modules;

    @BeforeAll
    static void generateDefaults() {
        modules = SyntheticDataGenerator.generate(GeneratorSettings.defaults(42));
    }

    @Test
    void hasTheOriginalShapeOf64ModulesOf2160Steps() {
        assertThat(modules).hasSize(64);
        assertThat(modules).allSatisfy((m) -> assertThat(m.rows()).isEqualTo(2160));
        assertThat(modules.stream().mapToInt(ModuleData::rows).sum()).isEqualTo(138_240);
        assertThat(modules.get(0).moduleId()).isEqualTo("RackA1_Module01");
        assertThat(modules.get(63).moduleId()).isEqualTo("RackB4_Module08");
        assertThat(modules.get(0).epochSecond(360)).isEqualTo(1_704_067_200L + 3600);
    }

    @Test
    void labelsExactlyTheHazardousWindowsOfTheEightFaultyModules() {
        // 200 + 180 + 220 + 200 + 160 + 240 + 200 + 200
        assertThat(modules.stream().mapToInt((m) -> Arrays.stream(m.labels()).sum()).sum()).isEqualTo(1600);
        ModuleData original = module("RackA2_Module01");
        int[] ones = IntStream.range(0, 2160).filter((t) -> original.labels()[t] == 1).toArray();
        assertThat(ones).hasSize(200).startsWith(360).endsWith(559);
        assertThat(modules.stream().filter((m) -> m.fault().isPresent())).hasSize(8);
        assertThat(module("RackA1_Module01").labels()).containsOnly(0);
    }

    @Test
    void normalModulesDriftOverTheSixHours() {
        // Linear drift: the last hour's mean is 5 h after the first hour's mean.
        assertThat(meanDrift(AVG_TEMP)).isCloseTo(5 * 2.0 / 6, within(0.1));
        assertThat(meanDrift(VOLTAGE)).isCloseTo(-5 * 1.5 / 6, within(0.05));
        assertThat(meanDrift(SOC)).isCloseTo(-5 * 5.0 / 6, within(0.3));
    }

    @Test
    void faultRaisesTemperatureAndGasesAndLowersTheVoltage() {
        ModuleData faulty = module("RackA2_Module01");
        double[] temp = faulty.raw().column(AVG_TEMP);
        // severity 1: + 10 + 60 p^2, p = 0..1 over 200 steps; the mean of p^2 is (199 * 399 / 6) / 199^2
        double meanP2 = (199.0 * 399 / 6) / (199.0 * 199);
        assertThat(nanMean(temp, 360, 560) - nanMean(temp, 200, 360)).isCloseTo(10 + 60 * meanP2, within(1.0));
        double[] co = faulty.raw().column(CO);
        assertThat(nanMean(co, 360, 560) - nanMean(co, 200, 360)).isCloseTo(50 + 400 * 0.5, within(5.0));
        double[] volts = faulty.raw().column(VOLTAGE);
        assertThat(nanMean(volts, 200, 360) - nanMean(volts, 360, 560)).isCloseTo(2 + 15 * 0.5, within(0.5));
        // after the window the module is back to normal
        assertThat(nanMean(co, 600, 800)).isCloseTo(2, within(0.6));
    }

    @Test
    void severityScalesTheFault() {
        ModuleData mild = module("RackB4_Module02"); // severity 0.6, onset 1300, 240 steps
        double[] voc = mild.raw().column(VOC);
        assertThat(nanMean(voc, 1300, 1540) - nanMean(voc, 1100, 1300)).isCloseTo(0.6 * (70 + 600 * 0.5),
                within(6.0));
    }

    @Test
    void missingValuesAppearAtTheConfiguredRate() {
        long missing = modules.stream()
            .flatMap((m) -> Arrays.stream(m.raw().columns()))
            .flatMapToDouble(Arrays::stream)
            .filter(Double::isNaN)
            .count();
        // 138,240 rows x 9 sensors x 0.0005 = 622 expected; binomial sd ~25
        assertThat(missing).isBetween(520L, 720L);
    }

    @Test
    void outliersAppearAtTheConfiguredRate() {
        // A current outlier is +-7 x 0.1 A against a noise sigma of 0.05 A: |I| > 0.4 A is an outlier.
        long currentOutliers = modules.stream()
            .flatMapToDouble((m) -> Arrays.stream(m.raw().column(CURRENT)))
            .filter((i) -> Math.abs(i) > 0.4)
            .count();
        // 138,240 x 0.0001 = 13.8 expected
        assertThat(currentOutliers).isBetween(4L, 30L);
        // Gas outliers outside the hazardous windows: half are +35 ppm spikes (the other half clamp to 0, as noise can).
        long gasOutliers = modules.stream().mapToLong((m) -> {
            long count = 0;
            for (int g = CO; g <= VOC; g++) {
                double[] gas = m.raw().column(g);
                for (int t = 0; t < gas.length; t++) {
                    if (m.labels()[t] == 0 && gas[t] > 20) {
                        count++;
                    }
                }
            }
            return count;
        }).sum();
        // 136,640 normal rows x 3 gases x 0.0001 / 2 = 20.5 expected
        assertThat(gasOutliers).isBetween(8L, 36L);
        assertThat(modules.stream().flatMapToDouble((m) -> Arrays.stream(m.raw().column(CO))))
            .allSatisfy((v) -> assertThat(v >= 0 || Double.isNaN(v)).isTrue());
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        List<ModuleData> again = SyntheticDataGenerator.generate(GeneratorSettings.defaults(42));
        List<ModuleData> other = SyntheticDataGenerator.generate(GeneratorSettings.defaults(43));
        assertThat(again.get(17).raw()).isEqualTo(modules.get(17).raw());
        assertThat(other.get(17).raw()).isNotEqualTo(modules.get(17).raw());
    }

    private static ModuleData module(String id) {
        return modules.stream().filter((m) -> m.moduleId().equals(id)).findFirst().orElseThrow();
    }

    private static double meanDrift(int column) {
        return modules.stream().filter((m) -> m.fault().isEmpty()).mapToDouble((m) -> {
            double[] values = m.raw().column(column);
            return nanMean(values, 1800, 2160) - nanMean(values, 0, 360);
        }).average().orElseThrow();
    }

    private static double nanMean(double[] values, int from, int to) {
        return Arrays.stream(values, from, to).filter((v) -> !Double.isNaN(v)).average().orElseThrow();
    }

}
