package org.docuportal.impact.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.docuportal.institution.domain.InstitutionType;

/**
 * Whatever the screenings, no shown group is small, and every shown group is a union of shown
 * screenings: so the difference of any two shown groups that contain one another is either
 * nothing or at least one whole shown screening, never a hidden participant.
 */
class SmallGroupPropertyTest {

    @Property
    void shownGroupsAreUnionsOfShownScreenings(@ForAll("screenings") @Size(min = 1, max = 8) List<ScreeningSample> screenings,
                                               @ForAll @IntRange(min = 2, max = 8) int minimum) {
        ImpactIndicators indicators = new ImpactIndicators(minimum);
        List<GroupIndicators> groups = indicators.groups("film", screenings);
        int shownScreeningsTotal = screenings.stream().filter(indicators::isShown).mapToInt(s -> s.pairs().size()).sum();
        for (GroupIndicators group : groups) {
            if (group.hidden()) {
                assertThat(group.overall()).isNull();
                continue;
            }
            assertThat(group.pairedCount()).isGreaterThanOrEqualTo(minimum);
            assertThat(group.overall().low()).isLessThanOrEqualTo(group.overall().mean());
            assertThat(group.overall().high()).isGreaterThanOrEqualTo(group.overall().mean());
            assertThat(group.shareRose()).isBetween(0.0, 1.0);
        }
        GroupIndicators film = groups.get(0);
        assertThat(film.hidden() ? 0 : film.pairedCount()).isEqualTo(shownScreeningsTotal);
        int countries = groups.stream().filter(g -> g.kind() == GroupKind.COUNTRY && !g.hidden())
                .mapToInt(GroupIndicators::pairedCount).sum();
        int types = groups.stream().filter(g -> g.kind() == GroupKind.INSTITUTION_TYPE && !g.hidden())
                .mapToInt(GroupIndicators::pairedCount).sum();
        assertThat(countries).isEqualTo(shownScreeningsTotal);
        assertThat(types).isEqualTo(shownScreeningsTotal);
    }

    @Provide
    Arbitrary<List<ScreeningSample>> screenings() {
        Arbitrary<ScreeningSample.Pair> pair = Combinators.combine(Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 5)).as((pre, post) -> ScreeningSample.Pair.of(List.of(pre), List.of(post)));
        Arbitrary<ScreeningSample> screening = Combinators.combine(
                Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.of("KR", "US", "JP"),
                Arbitraries.of(InstitutionType.K12_SCHOOL, InstitutionType.MILITARY_TRAINING),
                pair.list().ofMinSize(0).ofMaxSize(14))
                .as((id, country, type, pairs) -> new ScreeningSample(id, LocalDate.of(2026, 1, 1).plusDays(id % 300),
                        "Institution " + id, country, type, List.of("I know about the events of this film."),
                        pairs.size(), pairs.size(), new ArrayList<>(pairs)));
        return screening.list().uniqueElements(ScreeningSample::screeningId);
    }
}
