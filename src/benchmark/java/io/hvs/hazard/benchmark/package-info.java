/**
 * JMH benchmarks of the serving path in-process, run by the {@code benchmark} Maven profile (not by the tests).
 */
package io.hvs.hazard.benchmark;
