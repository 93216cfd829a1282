package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RightsWindowTest {

    private static final CountryCode KR = CountryCode.of("KR");
    private static final CountryCode JP = CountryCode.of("JP");
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);

    private static Title title() {
        return new Title("kim-il-sungs-children", "Kim Il Sung's Children", "War orphans in Eastern Europe.", "ko",
                TitleStatus.AVAILABLE);
    }

    private static RightsWindow window(LocalDate start, LocalDate end) {
        return title().grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(KR)), start, end);
    }

    @Test
    void startDateIsTheFirstDay() {
        RightsWindow w = window(START, END);
        assertThat(w.isOpenOn(START.minusDays(1))).isFalse();
        assertThat(w.isOpenOn(START)).isTrue();
    }

    @Test
    void endDateIsTheLastDay() {
        RightsWindow w = window(START, END);
        assertThat(w.isOpenOn(END)).isTrue();
        assertThat(w.isOpenOn(END.plusDays(1))).isFalse();
    }

    @Test
    void aOneDayWindowIsOpenOnThatDayOnly() {
        RightsWindow w = window(START, START);
        assertThat(w.isOpenOn(START)).isTrue();
        assertThat(w.isOpenOn(START.minusDays(1))).isFalse();
        assertThat(w.isOpenOn(START.plusDays(1))).isFalse();
    }

    @Test
    void withoutAnEndDateTheWindowNeverCloses() {
        RightsWindow w = window(START, null);
        assertThat(w.endDate()).isNull();
        assertThat(w.isOpenOn(START.minusDays(1))).isFalse();
        assertThat(w.isOpenOn(START)).isTrue();
        assertThat(w.isOpenOn(LocalDate.of(2999, 12, 31))).isTrue();
        assertThat(w.coversPeriod(START, LocalDate.of(2999, 12, 31))).isTrue();
    }

    @Test
    void anEndBeforeTheStartIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> window(END, START))
                .withMessageContaining("before the start date");
    }

    @Test
    void missingValuesAreRejected() {
        Title title = title();
        Territory korea = Territory.countries(Set.of(KR));
        assertThatNullPointerException().isThrownBy(() -> title.grantRights(null, korea, START, END));
        assertThatNullPointerException().isThrownBy(() -> title.grantRights(RightType.EDUCATIONAL, null, START, END));
        assertThatNullPointerException().isThrownBy(() -> title.grantRights(RightType.EDUCATIONAL, korea, null, END));
        assertThat(title.rightsWindows()).isEmpty();
    }

    @Test
    void coversPeriodIncludesBothEnds() {
        RightsWindow w = window(START, END);
        assertThat(w.coversPeriod(START, END)).isTrue();
        assertThat(w.coversPeriod(START, START)).isTrue();
        assertThat(w.coversPeriod(END, END)).isTrue();
        assertThat(w.coversPeriod(START.minusDays(1), END)).isFalse();
        assertThat(w.coversPeriod(START, END.plusDays(1))).isFalse();
        assertThat(w.coversPeriod(START.minusYears(1), END.plusYears(1))).isFalse();
    }

    @Test
    void coversPeriodRejectsAnInvertedPeriod() {
        RightsWindow w = window(START, END);
        assertThatIllegalArgumentException().isThrownBy(() -> w.coversPeriod(END, START));
    }

    @Test
    void availableNeedsBothTheDateAndTheTerritory() {
        RightsWindow w = window(START, END);
        assertThat(w.isAvailableIn(KR, START)).isTrue();
        assertThat(w.isAvailableIn(JP, START)).isFalse();
        assertThat(w.isAvailableIn(KR, END.plusDays(1))).isFalse();
    }

    @Test
    void keepsTheTerritoryItWasGiven() {
        Territory territory = new Territory(true, Set.of(), Set.of(JP, KR));
        RightsWindow w = title().grantRights(RightType.SVOD, territory, START, null);
        assertThat(w.territory()).isEqualTo(territory);
        assertThat(w.rightType()).isEqualTo(RightType.SVOD);
        assertThat(w.title().slug()).isEqualTo("kim-il-sungs-children");
    }
}
