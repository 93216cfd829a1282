package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Which licensed uses a rights change leaves outside the rights, as the rights studio asks it
 * (covered by the windows now, not covered by the windows the change would leave), checked against
 * a model that knows nothing of the production code: a window is a right, a set of countries and a
 * run of days, and a use is covered when one window holds its right, its country and each of its days.
 * The preview must also predict what the saved change does.
 */
class RightsImpactPropertyTest {

    private static final Set<CountryCode> EVERY_COUNTRY =
            CountryCode.all().stream().map(CountryCode::new).collect(Collectors.toUnmodifiableSet());
    private static final List<String> FREQUENT = List.of("KR", "JP", "US", "CN", "FR");
    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 1);

    record Spec(RightType type, boolean worldwide, Set<CountryCode> countries, Set<CountryCode> excluded,
                LocalDate start, LocalDate end) {

        Territory territory() {
            return new Territory(worldwide, countries, excluded);
        }

        Set<CountryCode> coveredCountries() {
            Set<CountryCode> covered = new HashSet<>(worldwide ? EVERY_COUNTRY : countries);
            covered.removeAll(excluded);
            return covered;
        }

        Set<LocalDate> days(LocalDate until) {
            LocalDate last = end == null ? until : end;
            return start.isAfter(last) ? Set.of() : start.datesUntil(last.plusDays(1)).collect(Collectors.toSet());
        }
    }

    record Use(RightType type, CountryCode country, LocalDate first, LocalDate last) {
    }

    /** Withdraw when {@code withdraw}, else give the target window this territory and end. */
    record Change(int target, boolean withdraw, boolean worldwide, Set<CountryCode> countries, Set<CountryCode> excluded,
                  Integer endOffset) {
    }

    record Scenario(List<Spec> windows, Change change, List<Use> uses) {
    }

    @Property(tries = 400)
    void theLicensesLeftOutsideAreExactlyThoseTheModelCoversBeforeAndNotAfter(@ForAll("scenarios") Scenario s) {
        Title title = new Title("impact", "Impact", "A film.", "en", TitleStatus.AVAILABLE);
        List<Spec> specs = new ArrayList<>();
        long id = 1;
        for (Spec spec : s.windows()) {
            RightsWindow w = title.grantRights(spec.type(), spec.territory(), spec.start(), spec.end());
            if (w != null) {
                Ids.withId(w, id++);
                specs.add(spec);
            }
        }
        int target = s.change().target() % specs.size();
        long windowId = target + 1;
        Spec old = specs.get(target);
        List<Spec> modelAfter = new ArrayList<>(specs);
        List<RightsWindow> previewed;
        Territory territory = null;
        LocalDate end = null;
        if (s.change().withdraw()) {
            modelAfter.remove(target);
            previewed = title.rightsWindowsIfWithdrawn(windowId);
        } else {
            territory = territoryOrNull(s.change());
            if (territory == null) {
                territory = old.territory();
            }
            end = s.change().endOffset() == null ? null : old.start().plusDays(s.change().endOffset());
            modelAfter.set(target, new Spec(old.type(), territory.worldwide(), territory.countries(), territory.excluded(),
                    old.start(), end));
            previewed = title.rightsWindowsIfAmended(windowId, territory, end);
        }

        List<Use> expected = s.uses().stream()
                .filter(u -> covered(specs, u) && !covered(modelAfter, u)).toList();
        List<Use> previewedOutside = s.uses().stream()
                .filter(u -> covers(title.rightsWindows(), u) && !covers(previewed, u)).toList();
        Statistics.label("licenses left outside").collect(expected.isEmpty() ? "none" : "some");
        assertThat(previewedOutside).isEqualTo(expected);

        // Saving the same change leaves the windows covering exactly what the preview said.
        List<Boolean> before = s.uses().stream().map(u -> covers(title.rightsWindows(), u)).toList();
        if (s.change().withdraw()) {
            title.withdrawRights(windowId);
        } else {
            title.amendRights(windowId, territory, end);
        }
        List<Use> savedOutside = new ArrayList<>();
        for (int i = 0; i < s.uses().size(); i++) {
            Use u = s.uses().get(i);
            if (before.get(i) && !covers(title.rightsWindows(), u)) {
                savedOutside.add(u);
            }
        }
        assertThat(savedOutside).isEqualTo(expected);
    }

    private static boolean covers(List<RightsWindow> windows, Use u) {
        return RightsWindow.anyCovers(windows, u.type(), u.country(), u.first(), u.last());
    }

    /** The model: one window holds the right and the country, and every day of the use is one of its days. */
    private static boolean covered(List<Spec> windows, Use u) {
        Set<LocalDate> useDays = u.first().datesUntil(u.last().plusDays(1)).collect(Collectors.toSet());
        return windows.stream().anyMatch(w -> w.type() == u.type() && w.coveredCountries().contains(u.country())
                && w.days(u.last()).containsAll(useDays));
    }

    private static Territory territoryOrNull(Change c) {
        try {
            return new Territory(c.worldwide(), c.worldwide() ? Set.of() : c.countries(), c.excluded());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(specs().list().ofMinSize(1).ofMaxSize(4), changes(), uses().list().ofMinSize(1).ofMaxSize(6))
                .as(Scenario::new);
    }

    private Arbitrary<Spec> specs() {
        Arbitrary<Spec> raw = Combinators.combine(types(), Arbitraries.of(true, false), countrySets(1), countrySets(0),
                        Arbitraries.integers().between(0, 400), Arbitraries.integers().between(-1, 800))
                .as((type, worldwide, countries, excluded, startOffset, length) -> {
                    LocalDate start = EPOCH.plusDays(startOffset);
                    return new Spec(type, worldwide, worldwide ? Set.of() : countries, excluded, start,
                            length < 0 ? null : start.plusDays(length));
                });
        return raw.filter(s -> !s.coveredCountries().isEmpty());
    }

    private Arbitrary<Change> changes() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false, false),
                        Arbitraries.of(true, false), countrySets(1), countrySets(0),
                        Arbitraries.integers().between(-1, 900).map(i -> i < 0 ? null : i))
                .as(Change::new);
    }

    private Arbitrary<Use> uses() {
        return Combinators.combine(types(), countries(), Arbitraries.integers().between(0, 900),
                        Arbitraries.integers().between(0, 400))
                .as((type, country, startOffset, length) ->
                        new Use(type, country, EPOCH.plusDays(startOffset), EPOCH.plusDays(startOffset + length)));
    }

    private static Arbitrary<RightType> types() {
        return Arbitraries.of(RightType.EDUCATIONAL, RightType.NON_THEATRICAL);
    }

    private static Arbitrary<CountryCode> countries() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.of(FREQUENT).map(CountryCode::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(List.copyOf(CountryCode.all())).map(CountryCode::new)));
    }

    private static Arbitrary<Set<CountryCode>> countrySets(int min) {
        return countries().set().ofMinSize(min).ofMaxSize(3);
    }
}
