package org.docuportal.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Seconds watched as the reports show them: minutes with one decimal, rounded half up. Minutes are
 * always computed from a group's summed seconds, never by adding rounded minutes, so a title's
 * minutes are the same whether they are read per title or added up per institution and country.
 */
public final class WatchTime {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private WatchTime() {
    }

    public static BigDecimal minutes(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SIXTY, 1, RoundingMode.HALF_UP);
    }
}
