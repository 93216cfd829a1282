package org.docuportal.impact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.docuportal.institution.domain.InstitutionType;
import org.junit.jupiter.api.Test;

/** The report's groups against fixtures computed by hand, and the small-group rule. */
class ImpactIndicatorsTest {

    static final String ORPHANS = "I know that North Korean war orphans were sent to Eastern Europe.";
    static final String RETURN = "I know that these children were called back to North Korea.";

    /**
     * Five participants, two statements. Statement 1 changes by 2, 1, 3, 0, 1; statement 2 does not
     * change. Participant 4 is the only one whose mean did not rise.
     */
    static ScreeningSample fiveInSeoul() {
        return new ScreeningSample(1, LocalDate.of(2026, 3, 2), "Seoul School", "KR", InstitutionType.K12_SCHOOL,
                List.of(ORPHANS, RETURN), 6, 5, List.of(
                        ScreeningSample.Pair.of(List.of(2, 3), List.of(4, 3)),
                        ScreeningSample.Pair.of(List.of(3, 2), List.of(4, 2)),
                        ScreeningSample.Pair.of(List.of(1, 4), List.of(4, 4)),
                        ScreeningSample.Pair.of(List.of(3, 3), List.of(3, 3)),
                        ScreeningSample.Pair.of(List.of(2, 5), List.of(3, 5))));
    }

    /** Twelve participants, statement 1 only: changes 2,1,1,0,1,2,1,1,0,1,2,0 (9 rose). */
    static ScreeningSample twelveInBusan() {
        int[] d = {2, 1, 1, 0, 1, 2, 1, 1, 0, 1, 2, 0};
        List<ScreeningSample.Pair> pairs = new ArrayList<>();
        for (int change : d) {
            pairs.add(ScreeningSample.Pair.of(List.of(2), List.of(2 + change)));
        }
        return new ScreeningSample(2, LocalDate.of(2026, 4, 1), "Busan School", "KR", InstitutionType.K12_SCHOOL,
                List.of(ORPHANS), 13, 12, pairs);
    }

    /** Four participants in the United States: below the minimum of five. */
    static ScreeningSample fourAtTheCommand() {
        List<ScreeningSample.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pairs.add(ScreeningSample.Pair.of(List.of(1, 1), List.of(5, 5)));
        }
        return new ScreeningSample(3, LocalDate.of(2026, 3, 20), "Army Command", "US", InstitutionType.MILITARY_TRAINING,
                List.of(ORPHANS, RETURN), 4, 4, pairs);
    }

    private final ImpactIndicators indicators = new ImpactIndicators(5);

    @Test
    void aScreeningOfFiveShowsItsChangePerStatementOverallAndTheShareThatRose() {
        List<GroupIndicators> groups = indicators.groups("film", List.of(fiveInSeoul()));
        GroupIndicators screening = find(groups, GroupKind.SCREENING, "1");
        assertThat(screening.hidden()).isFalse();
        assertThat(screening.preCount()).isEqualTo(6);
        assertThat(screening.postCount()).isEqualTo(5);
        assertThat(screening.pairedCount()).isEqualTo(5);
        // Statement 1: see ChangeEstimateTest.fiveParticipants: 1.4, margin 1.415716.
        ChangeEstimate first = screening.items().get(0).change();
        assertThat(first.mean()).isCloseTo(1.4, within(1e-9));
        assertThat(first.high()).isCloseTo(2.815716, within(1e-5));
        ChangeEstimate second = screening.items().get(1).change();
        assertThat(second.mean()).isEqualTo(0.0);
        assertThat(second.low()).isEqualTo(0.0);
        // Overall: each participant's mean over two statements changes by half of statement 1's change.
        assertThat(screening.overall().mean()).isCloseTo(0.7, within(1e-9));
        assertThat(screening.overall().low()).isCloseTo((1.4 - 1.415716) / 2, within(1e-5));
        assertThat(screening.shareRose()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void aScreeningOfFourIsHiddenAndLeftOutOfEveryLargerGroup() {
        List<GroupIndicators> groups = indicators.groups("film", List.of(fiveInSeoul(), fourAtTheCommand(), twelveInBusan()));

        GroupIndicators small = find(groups, GroupKind.SCREENING, "3");
        assertThat(small.hidden()).isTrue();
        assertThat(small.pairedCount()).isZero();
        assertThat(small.overall()).isNull();
        assertThat(small.items()).isEmpty();
        assertThat(find(groups, GroupKind.COUNTRY, "US").hidden()).isTrue();
        assertThat(find(groups, GroupKind.INSTITUTION_TYPE, "MILITARY_TRAINING").hidden()).isTrue();

        // The film counts the 17 participants of Seoul and Busan only, not the command's 4:
        // film minus Korea, or film minus schools, is zero participants, never the small group.
        GroupIndicators film = find(groups, GroupKind.FILM, "film");
        GroupIndicators korea = find(groups, GroupKind.COUNTRY, "KR");
        GroupIndicators schools = find(groups, GroupKind.INSTITUTION_TYPE, "K12_SCHOOL");
        assertThat(film.pairedCount()).isEqualTo(17);
        assertThat(film.preCount()).isEqualTo(19);
        assertThat(film.postCount()).isEqualTo(17);
        assertThat(film.screenings()).isEqualTo(2);
        assertThat(korea.pairedCount()).isEqualTo(17);
        assertThat(schools.pairedCount()).isEqualTo(17);
        assertThat(film.overall().mean()).isEqualTo(korea.overall().mean());

        // Statement 1 pools both screenings: (7 + 12) / 17; statement 2 only Seoul's five.
        assertThat(film.items()).extracting(GroupIndicators.ItemChange::statement).containsExactly(ORPHANS, RETURN);
        assertThat(film.items().get(0).change().n()).isEqualTo(17);
        assertThat(film.items().get(0).change().mean()).isCloseTo(19.0 / 17, within(1e-9));
        assertThat(film.items().get(1).change().n()).isEqualTo(5);
        // 4 of Seoul's 5 and 9 of Busan's 12 rose.
        assertThat(film.shareRose()).isCloseTo(13.0 / 17, within(1e-9));
    }

    @Test
    void theGroupsComeFilmFirstThenCountriesTypesAndScreeningsByDay() {
        List<GroupIndicators> groups = indicators.groups("film", List.of(twelveInBusan(), fiveInSeoul(), fourAtTheCommand()));
        assertThat(groups).extracting(g -> g.kind() + ":" + g.key()).containsExactly("FILM:film", "COUNTRY:KR", "COUNTRY:US",
                "INSTITUTION_TYPE:K12_SCHOOL", "INSTITUTION_TYPE:MILITARY_TRAINING", "SCREENING:1", "SCREENING:3", "SCREENING:2");
    }

    @Test
    void aFilmScreenedOnlyToSmallAudiencesShowsNothing() {
        List<GroupIndicators> groups = indicators.groups("film", List.of(fourAtTheCommand()));
        assertThat(groups).allMatch(GroupIndicators::hidden);
        assertThat(indicators.groups("film", List.of())).isEmpty();
    }

    @Test
    void theMinimumIsConfigurableButNeverBelowTwo() {
        assertThat(new ImpactIndicators(4).groups("film", List.of(fourAtTheCommand())).get(0).hidden()).isFalse();
        assertThat(new ImpactIndicators(0).minimumGroupSize()).isEqualTo(2);
        assertThat(new ImpactIndicators(13).groups("film", List.of(twelveInBusan())).get(0).hidden()).isTrue();
    }

    static GroupIndicators find(List<GroupIndicators> groups, GroupKind kind, String key) {
        return groups.stream().filter(g -> g.kind() == kind && g.key().equals(key)).findFirst().orElseThrow();
    }
}
