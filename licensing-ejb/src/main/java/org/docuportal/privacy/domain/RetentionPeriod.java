package org.docuportal.privacy.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * How long usage records keep the identity of the person behind them: the current month and the
 * {@code months} before it. Counted in whole calendar months (UTC), the unit of the usage reports:
 * a month's records lose their identities together, so every day's distinct viewers are
 * pseudonymized in one pass and COUNTER's unique counts come out exactly as before.
 *
 * <p>13 months by default: a yearly report asked for a month after the year ends still finds every
 * identity, and reports never need them anyway, since pseudonymizing keeps every count. 0 keeps
 * identities for the current month only (tests, or a distributor who wants the least).
 */
public record RetentionPeriod(int months) {

    public static final int DEFAULT_MONTHS = 13;

    public RetentionPeriod {
        if (months < 0) {
            throw new IllegalArgumentException("a retention period is 0 months or more: " + months);
        }
    }

    /** The oldest month whose records still name their people at that moment; older ones are pseudonymized. */
    public YearMonth firstKeptMonth(Instant now) {
        return YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(months);
    }
}
