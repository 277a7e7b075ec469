package io.hvs.hazard.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding of the benchmark's 100-reading body (the first reading of events/test_payload.json 100 times, without
 * whitespace, as src/benchmark/wrk-post.lua sends it): {@code decode} takes {@link ReadingsFastPath}, and
 * {@code decodeFully} is the Jackson decoder it falls back to, the baseline in the same run. In this package
 * because the baseline is package-private. readings/s = ops/s x 100.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-XX:+UseSerialGC", "-Xmn64m" })
public class RequestDecodingBenchmark {

    static final int READINGS = 100;

    private final HazardRequestDecoder decoder = new HazardRequestDecoder(READINGS);

    private byte[] body;

    @Setup
    public void load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Object reading = json.readTree(Files.readAllBytes(Path.of("events", "test_payload.json")))
            .get(HazardRequestDecoder.READINGS)
            .get(0);
        String request = json.writeValueAsString(
                Collections.singletonMap(HazardRequestDecoder.READINGS, Collections.nCopies(READINGS, reading)));
        this.body = request.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public HazardRequest decode() {
        return this.decoder.decode(this.body);
    }

    @Benchmark
    public HazardRequest decodeFully() {
        return this.decoder.decodeFully(this.body);
    }

}
