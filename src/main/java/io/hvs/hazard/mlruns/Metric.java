package io.hvs.hazard.mlruns;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One logged metric point: a line {@code <timestamp_ms> <value> <step>} of a metrics file.
 *
 * @param timestamp epoch milliseconds
 * @param value the value (NaN and infinities allowed)
 * @param step the step, 0 when the line has no step
 */
public record Metric(long timestamp, double value, long step) {

    /** MLflow's "latest value" order: by step, then timestamp, then value. */
    public static final Comparator<Metric> LATEST_ORDER = Comparator.comparingLong(Metric::step)
        .thenComparingLong(Metric::timestamp)
        .thenComparingDouble(Metric::value);

    /** The line as written to a metrics file, newline included. */
    String toLine() {
        return this.timestamp + " " + formatValue(this.value) + " " + this.step + "\n";
    }

    /** Parses a line of 2, 3 (MLflow 2.x) or 5 (3.x, with dataset name and digest) fields. */
    static Metric parse(String line, Path file) {
        String[] fields = line.strip().split(" ");
        if (fields.length != 2 && fields.length != 3 && fields.length != 5) {
            throw MlrunsException.malformed(file,
                    "metric line '" + line + "' has " + fields.length + " fields (expected 2, 3 or 5)");
        }
        try {
            long step = (fields.length >= 3) ? Long.parseLong(fields[2]) : 0;
            return new Metric(Long.parseLong(fields[0]), parseValue(fields[1]), step);
        }
        catch (NumberFormatException ex) {
            throw MlrunsException.malformed(file, "metric line '" + line + "' is not '<timestamp> <value> <step>'");
        }
    }

    // Python's str(float) spelling for the special values; Java's for the rest (Python float() reads both).
    private static String formatValue(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return (value > 0) ? "inf" : "-inf";
        }
        return Double.toString(value);
    }

    private static double parseValue(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "nan", "+nan", "-nan" -> Double.NaN;
            case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

}
