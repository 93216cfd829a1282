package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TitleTest {

    private static final CountryCode KR = CountryCode.of("KR");
    private static final CountryCode JP = CountryCode.of("JP");
    private static final CountryCode CN = CountryCode.of("CN");
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);

    private final Title title = new Title("kim-il-sungs-children", "Kim Il Sung's Children",
            "War orphans in Eastern Europe.", "ko", TitleStatus.AVAILABLE);

    @Test
    void grantingTheSameWindowTwiceKeepsOne() {
        RightsWindow first = title.grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(KR, JP)), START, END);
        RightsWindow second = title.grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(JP, KR)), START, END);

        assertThat(first).isNotNull();
        assertThat(second).isNull();
        assertThat(title.rightsWindows()).containsExactly(first);
    }

    @Test
    void anOpenEndedWindowIsADuplicateOnlyOfAnotherOpenEndedOne() {
        Territory world = Territory.everywhere();
        assertThat(title.grantRights(RightType.SVOD, world, START, null)).isNotNull();
        assertThat(title.grantRights(RightType.SVOD, world, START, null)).isNull();
        assertThat(title.grantRights(RightType.SVOD, world, START, END)).isNotNull();
        assertThat(title.rightsWindows()).hasSize(2);
    }

    @Test
    void windowsDifferingInAnyOneValueAreAllKept() {
        Territory korea = Territory.countries(Set.of(KR));
        title.grantRights(RightType.EDUCATIONAL, korea, START, END);

        assertThat(title.grantRights(RightType.NON_THEATRICAL, korea, START, END)).isNotNull();
        assertThat(title.grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(JP)), START, END)).isNotNull();
        assertThat(title.grantRights(RightType.EDUCATIONAL, new Territory(false, Set.of(KR, JP), Set.of(JP)), START, END))
                .as("same coverage, but stated differently")
                .isNotNull();
        assertThat(title.grantRights(RightType.EDUCATIONAL, korea, START.plusDays(1), END)).isNotNull();
        assertThat(title.grantRights(RightType.EDUCATIONAL, korea, START, END.minusDays(1))).isNotNull();
        assertThat(title.rightsWindows()).hasSize(6);
    }

    @Test
    void anInvalidWindowIsNotAdded() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> title.grantRights(RightType.EDUCATIONAL, Territory.everywhere(), END, START));
        assertThat(title.rightsWindows()).isEmpty();
    }

    @Test
    void rightsAvailableInPicksWindowsByCountryAndDate() {
        RightsWindow educationalKorea = title.grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(KR)), START, END);
        RightsWindow svodWorldButChina = title.grantRights(RightType.SVOD, Territory.worldwideExcept(Set.of(CN)), START, null);
        RightsWindow tvJapanLater = title.grantRights(RightType.LINEAR_TV, Territory.countries(Set.of(JP)), END.plusDays(1), null);

        assertThat(title.rightsAvailableIn(KR, START)).containsExactlyInAnyOrder(educationalKorea, svodWorldButChina);
        assertThat(title.rightsAvailableIn(CN, START)).isEmpty();
        assertThat(title.rightsAvailableIn(JP, END)).containsExactly(svodWorldButChina);
        assertThat(title.rightsAvailableIn(JP, END.plusDays(1))).containsExactlyInAnyOrder(svodWorldButChina, tvJapanLater);
        assertThat(title.rightsAvailableIn(KR, START.minusDays(1))).isEmpty();
    }

    @Test
    void rightTypesAvailableInMergesWindowsOfTheSameType() {
        title.grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(KR)), START, END);
        title.grantRights(RightType.EDUCATIONAL, Territory.everywhere(), START, null);
        title.grantRights(RightType.AVOD, Territory.countries(Set.of(JP)), START, null);

        assertThat(title.rightTypesAvailableIn(KR, START)).containsExactly(RightType.EDUCATIONAL);
        assertThat(title.rightTypesAvailableIn(JP, START)).containsExactlyInAnyOrder(RightType.EDUCATIONAL, RightType.AVOD);
        assertThat(title.rightTypesAvailableIn(JP, START.minusDays(1))).isEmpty();
    }

    @Test
    void rightsWindowsCannotBeAddedFromOutside() {
        title.grantRights(RightType.EDUCATIONAL, Territory.everywhere(), START, null);
        assertThat(title.rightsWindows()).isUnmodifiable();
    }

    @Test
    void slugIsLowerCaseWordsJoinedByHyphens() {
        for (String bad : new String[] {"Kim", "kim il", "kim--il", "-kim", "kim-", "", "kim_il"}) {
            assertThatIllegalArgumentException()
                    .as(bad)
                    .isThrownBy(() -> new Title(bad, "t", "s", "ko", TitleStatus.AVAILABLE));
        }
    }

    @Test
    void onlyAvailableTitlesAreLicensable() {
        assertThat(title.isLicensable()).isTrue();
        title.changeStatus(TitleStatus.IN_PRODUCTION);
        assertThat(title.isLicensable()).isFalse();
    }
}
