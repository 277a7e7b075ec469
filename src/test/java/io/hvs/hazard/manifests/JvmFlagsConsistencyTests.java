package io.hvs.hazard.manifests;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image's JVM options are written three times: the entrypoint, the build's CDS training run (CDS refuses an
 * archive made under other heap options) and the benchmark's {@code jvm-flags.sh} (run-benchmark.sh and
 * compare-jars.sh source it), which must measure what the image runs.
 */
class JvmFlagsConsistencyTests {

    private static final Pattern ENTRYPOINT = Pattern.compile("(?ms)^ENTRYPOINT \\[(.*?)\\]");

    private static final Pattern CDS_RUN = Pattern.compile("(?s)java -XX:ArchiveClassesAtExit=(.*?)-jar ");

    private static final Pattern BENCHMARK_FLAGS = Pattern.compile("(?ms)^JVM_FLAGS=\\((.*?)\\)");

    // A value ends at what separates words in a shell command or an exec-form JSON array.
    private static final Pattern HOTSPOT_OPTION = Pattern.compile("(-XX:[+-]?\\w+|-Xmn)(=?[^\\s\",\\\\]+)?");

    @Test
    void theCdsTrainingRunAndTheBenchmarkUseTheEntrypointsHotspotOptions() throws IOException {
        String dockerfile = Files.readString(ManifestFiles.ROOT.resolve("Dockerfile"));
        List<String> entrypoint = hotspotOptions(section(ENTRYPOINT, dockerfile));
        // The archive's own options: the entrypoint reads the archive the training run writes.
        entrypoint.removeIf((option) -> option.startsWith("-XX:SharedArchiveFile="));
        assertThat(entrypoint).contains("-XX:+UseSerialGC", "-XX:Tier4InvocationThreshold=50000");

        assertThat(hotspotOptions(section(CDS_RUN, dockerfile))).as("the Dockerfile's CDS training run")
            .containsExactlyInAnyOrderElementsOf(entrypoint);
        String benchmark = Files.readString(ManifestFiles.ROOT.resolve("src/benchmark/jvm-flags.sh"));
        // MaxRAM stands in for the pod's memory limit, which the image gets from its container.
        List<String> benchmarkOptions = hotspotOptions(section(BENCHMARK_FLAGS, benchmark));
        assertThat(benchmarkOptions.remove("-XX:MaxRAM=1g")).as("jvm-flags.sh sets -XX:MaxRAM=1g").isTrue();
        assertThat(benchmarkOptions).as("jvm-flags.sh JVM_FLAGS").containsExactlyInAnyOrderElementsOf(entrypoint);
    }

    private static String section(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s", pattern).isTrue();
        return matcher.group(1);
    }

    private static List<String> hotspotOptions(String text) {
        List<String> options = new ArrayList<>();
        Matcher matcher = HOTSPOT_OPTION.matcher(text);
        while (matcher.find()) {
            options.add(matcher.group());
        }
        return options;
    }

}
