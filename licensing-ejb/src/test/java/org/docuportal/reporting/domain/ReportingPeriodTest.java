package org.docuportal.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.docuportal.shared.application.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void monthsAndDaysNameTheirMonthsInclusively() {
        ReportingPeriod period = ReportingPeriod.parse("2026-01", "2026-03-31", NOW);
        assertThat(period.from()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(period.to()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(period.months()).isEqualTo(3);
        assertThat(period.firstMonth()).hasToString("2026-01-01");
        assertThat(period.lastMonth()).hasToString("2026-03-01");
        assertThat(ReportingPeriod.parse(" 2026-05-17 ", "2026-05", NOW).months()).isEqualTo(1);
    }

    @Test
    void withoutBoundsItIsTheLastTwelveMonthsUpToTheCurrentOne() {
        ReportingPeriod period = ReportingPeriod.parse(null, "", NOW);
        assertThat(period.from()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(period.to()).isEqualTo(NOW);
        assertThat(ReportingPeriod.parse(null, "2026-03", NOW).from()).isEqualTo(YearMonth.of(2025, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "2026-13", "2026-1", "26-01", "2026-02-30", "2026/01", "2026-01-01T00:00", "\u0000\u0007"})
    void anythingButAMonthOrADayIsRefusedNamingTheField(String bad) {
        assertThatThrownBy(() -> ReportingPeriod.parse(bad, null, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("from");
                        assertThat(v.message()).contains("2026-01").doesNotContain("\u0000");
                    });
                });
        assertThatThrownBy(() -> ReportingPeriod.parse(null, bad, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("to"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2026-05", "2026-04", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("from");
                    assertThat(e.getMessage()).contains("2026-05").contains("after").contains("2026-04");
                });
    }

    @Test
    void aPeriodCoversAtMostThirtySixMonths() {
        assertThat(ReportingPeriod.parse("2024-01", "2026-12", NOW).months()).isEqualTo(36);
        assertThatThrownBy(() -> ReportingPeriod.parse("2023-12", "2026-12", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("to");
                    assertThat(e.getMessage()).contains("at most 36 months").contains("is 37");
                });
    }

    @Test
    void minutesAreOneDecimalRoundedHalfUpFromSeconds() {
        assertThat(WatchTime.minutes(0)).hasToString("0.0");
        assertThat(WatchTime.minutes(2)).hasToString("0.0");
        assertThat(WatchTime.minutes(3)).hasToString("0.1");
        assertThat(WatchTime.minutes(90)).hasToString("1.5");
        assertThat(WatchTime.minutes(1035)).hasToString("17.3");
    }
}
