package org.docuportal.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A quoted term starts between today and the horizon ahead, and a refusal names the field and the limit. */
class QuoteHorizonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private final QuoteHorizon twelveMonths = new QuoteHorizon(12);

    @Test
    void todayAndTheLastDayOfTheHorizonMayBeQuoted() {
        assertThat(twelveMonths.refusal("start", TODAY, TODAY)).isEmpty();
        assertThat(twelveMonths.refusal("start", LocalDate.of(2027, 12, 4), TODAY)).isEmpty();
    }

    @Test
    void theDayAfterTheHorizonIsRefusedNamingFieldAndLimit() {
        assertThat(twelveMonths.refusal("start", LocalDate.of(2027, 12, 5), TODAY)).hasValue(
                "start must be no later than 2027-12-04 (12 months ahead), not 2027-12-05.");
        assertThat(twelveMonths.refusal("start", LocalDate.of(9999, 12, 31), TODAY).orElseThrow())
                .startsWith("start must be no later than 2027-12-04");
    }

    @Test
    void yesterdayIsRefusedNamingToday() {
        assertThat(twelveMonths.refusal("start", TODAY.minusDays(1), TODAY))
                .hasValue("start must be today (2026-12-04) or later, not 2026-12-03.");
    }

    @Test
    void theHorizonFollowsTheCalendarAndItsSetting() {
        assertThat(new QuoteHorizon(1).latestStart(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(new QuoteHorizon(1).refusal("start", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 1, 31)).orElseThrow())
                .contains("2027-02-28 (1 month ahead)");
        assertThatThrownBy(() -> new QuoteHorizon(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
