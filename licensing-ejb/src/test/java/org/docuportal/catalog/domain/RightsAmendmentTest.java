package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Amending, ending and withdrawing a title's rights windows, and how the history words each change. */
class RightsAmendmentTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2028, 12, 31);
    private static final Territory KR_JP = Territory.countries(Set.of(CountryCode.of("KR"), CountryCode.of("JP")));

    private final Title title = new Title("rights-test", "Rights test", "A film.", "en", TitleStatus.AVAILABLE);
    private final RightsWindow window = Ids.withId(title.grantRights(RightType.EDUCATIONAL, KR_JP, START, END), 7);

    @Test
    void amendingChangesTerritoryAndEndButKeepsRightAndStart() {
        Territory worldwideExceptCn = Territory.worldwideExcept(Set.of(CountryCode.of("CN")));
        title.amendRights(7, worldwideExceptCn, LocalDate.of(2027, 6, 30));

        assertThat(window.territory()).isEqualTo(worldwideExceptCn);
        assertThat(window.endDate()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(window.startDate()).isEqualTo(START);
        assertThat(window.rightType()).isEqualTo(RightType.EDUCATIONAL);
        assertThat(window.isAvailableIn(CountryCode.of("US"), LocalDate.of(2027, 6, 30))).isTrue();
        assertThat(window.isAvailableIn(CountryCode.of("US"), LocalDate.of(2027, 7, 1))).isFalse();
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> title.amendRights(7, KR_JP, START.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the start");
        assertThat(window.endDate()).isEqualTo(END);
    }

    @Test
    void aWindowOfAnotherTitleIsNotFoundHere() {
        Title other = new Title("other", "Other", "Another film.", "en", TitleStatus.AVAILABLE);
        Ids.withId(other.grantRights(RightType.EDUCATIONAL, KR_JP, START, END), 8);

        assertThat(title.rightsWindow(8)).isEmpty();
        assertThatThrownBy(() -> title.amendRights(8, KR_JP, END)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> title.withdrawRights(8)).isInstanceOf(IllegalArgumentException.class);
        assertThat(other.rightsWindows()).hasSize(1);
    }

    @Test
    void withdrawingRemovesTheWindowFromTheTitle() {
        title.withdrawRights(7);

        assertThat(title.rightsWindows()).isEmpty();
        assertThat(title.rightsCover(RightType.EDUCATIONAL, CountryCode.of("KR"), START, START)).isFalse();
    }

    @Test
    void aPreviewChangesNothingAndPredictsTheSave() {
        LocalDate earlier = LocalDate.of(2027, 3, 31);
        var preview = title.rightsWindowsIfAmended(7, KR_JP, earlier);

        assertThat(window.endDate()).isEqualTo(END);
        assertThat(title.rightsWindows()).containsExactly(window);
        assertThat(RightsWindow.anyCovers(preview, RightType.EDUCATIONAL, CountryCode.of("KR"), START, END)).isFalse();
        assertThat(RightsWindow.anyCovers(preview, RightType.EDUCATIONAL, CountryCode.of("KR"), START, earlier)).isTrue();

        assertThat(title.rightsWindowsIfWithdrawn(7)).isEmpty();
        assertThat(title.rightsWindows()).containsExactly(window);
    }

    @Test
    void theHistoryCallsAnEarlierEndOnTheSameTerritoryEndingEarly() {
        WindowTerms before = window.terms();
        assertThat(RightsChange.actionOf(before, new WindowTerms(RightType.EDUCATIONAL, KR_JP, START, END.minusYears(1))))
                .isEqualTo(RightsChangeAction.ENDED);
        assertThat(RightsChange.actionOf(before, new WindowTerms(RightType.EDUCATIONAL, KR_JP, START, END.plusYears(1))))
                .isEqualTo(RightsChangeAction.AMENDED);
        assertThat(RightsChange.actionOf(before, new WindowTerms(RightType.EDUCATIONAL, Territory.everywhere(), START, END)))
                .isEqualTo(RightsChangeAction.AMENDED);
        assertThat(RightsChange.actionOf(new WindowTerms(RightType.EDUCATIONAL, KR_JP, START, null), before))
                .isEqualTo(RightsChangeAction.ENDED);
    }

    @Test
    void aHistoryEntryKeepsBothStatesInWordsAndRequiresAReason() {
        WindowTerms before = window.terms();
        title.amendRights(7, KR_JP, LocalDate.of(2027, 6, 30));
        RightsChange change = new RightsChange(window, RightsChangeAction.ENDED, before, window.terms(),
                " Producer lost the Korean rights ", "admin@demo.example", Instant.parse("2026-12-04T10:00:00Z"));

        assertThat(change.before()).isEqualTo("EDUCATIONAL, JP, KR, 2026-01-01 to 2028-12-31");
        assertThat(change.after()).isEqualTo("EDUCATIONAL, JP, KR, 2026-01-01 to 2027-06-30");
        assertThat(change.reason()).isEqualTo("Producer lost the Korean rights");
        assertThat(change.windowId()).isEqualTo(7);
        assertThatThrownBy(() -> new RightsChange(window, RightsChangeAction.AMENDED, before, before, "  ",
                "admin@demo.example", Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openEndedWindowsAreDescribedAsSuch() {
        assertThat(new WindowTerms(RightType.NON_THEATRICAL, Territory.everywhere(), START, null).describe())
                .isEqualTo("NON_THEATRICAL, Worldwide, from 2026-01-01, open-ended");
    }
}
