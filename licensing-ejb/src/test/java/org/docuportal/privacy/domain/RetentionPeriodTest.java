package org.docuportal.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    @Test
    void thirteenMonthsKeepTheWholePreviousYearForAReportAskedInJanuary() {
        Instant january15 = Instant.parse("2027-01-15T10:00:00Z");
        assertThat(new RetentionPeriod(13).firstKeptMonth(january15)).isEqualTo(YearMonth.of(2025, 12));
    }

    @Test
    void monthsAreCountedInUtcLikeTheUsageReports() {
        // Still 31 December in UTC, already 1 January in Seoul: the usage month is December.
        Instant lastMinuteOfTheYear = Instant.parse("2026-12-31T23:59:00Z");
        assertThat(new RetentionPeriod(0).firstKeptMonth(lastMinuteOfTheYear)).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void aNegativePeriodIsRefused() {
        assertThatThrownBy(() -> new RetentionPeriod(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
