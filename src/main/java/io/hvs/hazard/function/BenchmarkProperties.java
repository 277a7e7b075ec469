package io.hvs.hazard.function;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Switches for the benchmark (issue 7, {@code ./mvnw -Pbenchmark verify}); all off in production.
 *
 * @param baselineEndpoint serve {@code POST /benchmark/baseline}: reads the body and answers a canned prediction,
 * the yardstick the benchmark compares {@code /predict} with
 */
@ConfigurationProperties("hvs.benchmark")
record BenchmarkProperties(@DefaultValue("false") boolean baselineEndpoint) {

}
