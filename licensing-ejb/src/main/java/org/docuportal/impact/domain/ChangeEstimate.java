package org.docuportal.impact.domain;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean change over paired participants with its 95% confidence interval: the paired
 * t-interval {@code mean ± t(0.975, n − 1) · sd / √n}, {@code sd} the sample standard deviation of
 * the differences (divisor {@code n − 1}).
 *
 * <p>The t quantile comes from Commons Math's {@link TDistribution} rather than a table or an
 * approximation: the groups here are small, where the quantile matters most (2.776 for 5
 * participants against 1.96 for a normal interval).
 *
 * @param n how many paired participants
 * @param mean the mean change, after minus before, on the 1–5 scale
 * @param low the lower end of the 95% confidence interval
 * @param high the upper end
 */
public record ChangeEstimate(int n, double mean, double low, double high) {

    /** The confidence level of every interval in the reports. */
    public static final double CONFIDENCE = 0.95;

    /** The estimate from the participants' differences; at least two, or there is no interval. */
    public static ChangeEstimate of(double[] differences) {
        int n = differences.length;
        if (n < 2) {
            throw new IllegalArgumentException("a confidence interval needs at least two participants");
        }
        double sum = 0;
        for (double d : differences) {
            sum += d;
        }
        double mean = sum / n;
        double squares = 0;
        for (double d : differences) {
            squares += (d - mean) * (d - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double t = tQuantile(n - 1);
        double margin = t * sd / Math.sqrt(n);
        return new ChangeEstimate(n, mean, mean - margin, mean + margin);
    }

    /** The two-sided 95% quantile of Student's t with that many degrees of freedom. */
    static double tQuantile(int degreesOfFreedom) {
        // The generator-less constructor: no sampling happens, so no random generator needs seeding.
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    }
}
