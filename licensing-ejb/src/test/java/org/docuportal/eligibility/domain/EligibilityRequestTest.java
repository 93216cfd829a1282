package org.docuportal.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Set;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;
import org.junit.jupiter.api.Test;

class EligibilityRequestTest {

    @Test
    void aTwelveMonthTermEndsTheDayBeforeItsAnniversary() {
        var term = new EligibilityRequest.Term(LocalDate.of(2026, 9, 1), 12);
        assertThat(term.lastDay()).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void aTermFromTheThirtyFirstEndsTheDayBeforeTheShorterMonthsLastDay() {
        assertThat(new EligibilityRequest.Term(LocalDate.of(2026, 1, 31), 1).lastDay()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(new EligibilityRequest.Term(LocalDate.of(2028, 1, 31), 1).lastDay()).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(new EligibilityRequest.Term(LocalDate.of(2026, 3, 1), 36).lastDay()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void aTermLastsAtLeastOneMonth() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityRequest.Term(LocalDate.of(2026, 1, 1), 0))
                .withMessageContaining("at least one month");
    }

    @Test
    void aWindowCannotEndBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityRequest.Window(RightType.EDUCATIONAL,
                Territory.everywhere(), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aWindowCoversAPeriodOnlyWhenItRunsOnItsFirstAndLastDay() {
        var window = new EligibilityRequest.Window(RightType.EDUCATIONAL, Territory.everywhere(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(window.coversPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(window.coversPeriod(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(window.coversPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 1))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(
                () -> window.coversPeriod(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aTitleIsCopiedWithItsStateAndWindows() {
        Title title = new Title("kim-il-sungs-children", "Kim Il Sung's Children", "War orphans.", "ko",
                TitleStatus.IN_PRODUCTION);
        title.grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(CountryCode.of("KR"))),
                LocalDate.of(2024, 1, 1), null);

        var rights = EligibilityRequest.TitleRights.of(title);

        assertThat(rights.slug()).isEqualTo("kim-il-sungs-children");
        assertThat(rights.licensable()).isFalse();
        assertThat(rights.windows()).containsExactly(new EligibilityRequest.Window(RightType.EDUCATIONAL,
                Territory.countries(Set.of(CountryCode.of("KR"))), LocalDate.of(2024, 1, 1), null));
    }

    @Test
    void onlyTheWindowsOfTheRequestedRightAreOffered() {
        var request = EligibilityRequest.builder()
                .window(RightType.LINEAR_TV, Territory.everywhere(), LocalDate.of(2024, 1, 1), null)
                .window(RightType.EDUCATIONAL, Territory.everywhere(), LocalDate.of(2025, 1, 1), null)
                .right(RightType.EDUCATIONAL).term(LocalDate.of(2026, 1, 1), 12).today(LocalDate.of(2026, 1, 1))
                .build();
        assertThat(request.windowsOfRequestedRight()).extracting(EligibilityRequest.Window::start)
                .containsExactly(LocalDate.of(2025, 1, 1));
    }
}
