package io.hvs.hazard.features;

/**
 * Fills missing values ({@code NaN}) of one module's sensor column: forward first (the last seen value carries on),
 * then backward (only a leading gap is left after the forward pass; it takes the first seen value). This is pandas'
 * {@code ffill().bfill()} per module. Row {@code t} after filling depends on rows {@code <= t}, except for a leading
 * gap, which depends on the first value that was measured.
 */
final class GapFilling {

    private GapFilling() {
    }

    /**
     * Returns a filled copy.
     * @throws IllegalArgumentException if every value is missing (nothing to fill from)
     */
    static double[] fill(double[] values) {
        double[] filled = values.clone();
        int firstKnown = -1;
        for (int t = 0; t < filled.length; t++) {
            if (Double.isNaN(filled[t])) {
                if (t > 0) {
                    filled[t] = filled[t - 1];
                }
            }
            else if (firstKnown < 0) {
                firstKnown = t;
            }
        }
        if (firstKnown < 0 && filled.length > 0) {
            throw new IllegalArgumentException("every value of the column is missing");
        }
        for (int t = 0; t < firstKnown; t++) {
            filled[t] = filled[firstKnown];
        }
        return filled;
    }

}
