package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Which rights are available in a country on a day, checked against a model that states the
 * avails rules in set terms: a window's territory is a set of countries (the world or a list,
 * minus the exclusions) and its dates are a run of days (open-ended when there is no end).
 *
 * <p>Countries are drawn mostly from a handful of codes so that lists, exclusions and queried
 * countries collide often; queried days are drawn mostly from around the windows' boundaries.
 */
class RightsAvailabilityPropertyTest {

    private static final Set<CountryCode> EVERY_COUNTRY =
            CountryCode.all().stream().map(CountryCode::new).collect(Collectors.toUnmodifiableSet());
    private static final List<String> FREQUENT = List.of("KR", "KP", "JP", "US", "CN", "FR");
    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
    private static final int SPAN_DAYS = 10 * 365;

    /** One avails row as a distributor states it, with the rules it implies in set terms. */
    record WindowSpec(RightType type, boolean worldwide, Set<CountryCode> countries, Set<CountryCode> excluded,
                      LocalDate start, LocalDate end) {

        Territory territory() {
            return new Territory(worldwide, countries, excluded);
        }

        Set<CountryCode> coveredCountries() {
            Set<CountryCode> covered = new HashSet<>(worldwide ? EVERY_COUNTRY : countries);
            covered.removeAll(excluded);
            return covered;
        }

        boolean runsOn(LocalDate day) {
            long daysSinceStart = day.toEpochDay() - start.toEpochDay();
            return daysSinceStart >= 0 && (end == null || daysSinceStart <= end.toEpochDay() - start.toEpochDay());
        }

        static WindowSpec of(RightsWindow window) {
            Territory t = window.territory();
            return new WindowSpec(window.rightType(), t.worldwide(), new TreeSet<>(t.countries()),
                    new TreeSet<>(t.excluded()), window.startDate(), window.endDate());
        }

        RightsWindow grantTo(Title title) {
            return title.grantRights(type, territory(), start, end);
        }
    }

    record Scenario(List<WindowSpec> windows, CountryCode country, LocalDate day) {
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 1000)
    void availableWindowsAreExactlyThoseRunningThatDayWhoseTerritoryIncludesTheCountry(@ForAll("scenarios") Scenario s) {
        Title title = titleWith(s.windows());

        Set<WindowSpec> expected = s.windows().stream()
                .filter(w -> w.runsOn(s.day()) && w.coveredCountries().contains(s.country()))
                .map(RightsAvailabilityPropertyTest::normalized)
                .collect(Collectors.toSet());
        List<WindowSpec> actual = title.rightsAvailableIn(s.country(), s.day()).stream().map(WindowSpec::of).toList();

        assertThat(actual).doesNotHaveDuplicates();
        assertThat(new HashSet<>(actual)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void availableRightTypesAreTheTypesOfTheAvailableWindows(@ForAll("scenarios") Scenario s) {
        Title title = titleWith(s.windows());

        Set<RightType> expected = s.windows().stream()
                .filter(w -> w.runsOn(s.day()) && w.coveredCountries().contains(s.country()))
                .map(WindowSpec::type)
                .collect(Collectors.toSet());

        assertThat(title.rightTypesAvailableIn(s.country(), s.day())).isEqualTo(expected);
    }

    @Property(tries = 500)
    void anExcludedCountryIsNeverCovered(@ForAll("windows") WindowSpec spec) {
        RightsWindow window = spec.grantTo(newTitle());
        for (CountryCode excluded : spec.excluded()) {
            assertThat(window.territory().covers(excluded)).as("%s excluded", excluded).isFalse();
            assertThat(window.isAvailableIn(excluded, spec.start())).isFalse();
        }
    }

    @Property(tries = 500)
    void excludingOneMoreCountryRemovesExactlyThatCountry(@ForAll("windows") WindowSpec spec,
                                                          @ForAll("countries") CountryCode extra) {
        Set<CountryCode> moreExcluded = new HashSet<>(spec.excluded());
        moreExcluded.add(extra);
        Set<CountryCode> stillCovered = new HashSet<>(spec.coveredCountries());
        stillCovered.remove(extra);
        Assume.that(!stillCovered.isEmpty()); // such a territory cannot exist; TerritoryTest checks the rejection
        Territory before = spec.territory();
        Territory after = new Territory(spec.worldwide(), spec.countries(), moreExcluded);

        assertThat(after.covers(extra)).isFalse();
        assertThat(EVERY_COUNTRY)
                .filteredOn(c -> !c.equals(extra))
                .allSatisfy(c -> assertThat(after.covers(c)).as(c.code()).isEqualTo(before.covers(c)));
    }

    @Property(tries = 300)
    void worldwideWithoutExclusionsCoversEveryIsoCountryOnEveryDayItRuns(@ForAll("windows") WindowSpec spec,
                                                                        @ForAll @IntRange(max = 2000) int daysIn) {
        Title title = newTitle();
        RightsWindow window = title.grantRights(spec.type(), Territory.everywhere(), spec.start(), spec.end());
        LocalDate day = spec.start().plusDays(spec.end() == null ? daysIn
                : daysIn % (spec.end().toEpochDay() - spec.start().toEpochDay() + 1));

        for (String code : CountryCode.all()) {
            CountryCode country = new CountryCode(code);
            assertThat(window.isAvailableIn(country, day)).as(code).isTrue();
            assertThat(title.rightTypesAvailableIn(country, day)).containsExactly(spec.type());
        }
    }

    @Property(tries = 1000)
    void aWindowCoversAPeriodExactlyWhenItIsOpenOnItsFirstAndLastDay(@ForAll("windows") WindowSpec spec,
                                                                     @ForAll("days") LocalDate a,
                                                                     @ForAll("days") LocalDate b) {
        LocalDate first = a.isBefore(b) ? a : b;
        LocalDate last = a.isBefore(b) ? b : a;
        RightsWindow window = spec.grantTo(newTitle());

        assertThat(window.coversPeriod(first, last)).isEqualTo(window.isOpenOn(first) && window.isOpenOn(last));
    }

    @Property(tries = 300)
    void aCoveredPeriodIsOpenOnEveryDayBetween(@ForAll("windows") WindowSpec spec,
                                               @ForAll @IntRange(min = -30, max = 400) int startOffset,
                                               @ForAll @IntRange(max = 200) int length) {
        RightsWindow window = spec.grantTo(newTitle());
        LocalDate first = spec.start().plusDays(startOffset);
        LocalDate last = first.plusDays(length);

        if (window.coversPeriod(first, last)) {
            assertThat(first.datesUntil(last.plusDays(1))).allSatisfy(day -> assertThat(window.isOpenOn(day)).isTrue());
        } else {
            assertThat(first.datesUntil(last.plusDays(1))).anySatisfy(day -> assertThat(window.isOpenOn(day)).isFalse());
        }
    }

    @Property(tries = 500)
    void availabilityOnTwoDaysMeansAvailabilityOnEveryDayBetween(@ForAll("scenarios") Scenario s,
                                                                 @ForAll @IntRange(max = 120) int gap) {
        Title title = titleWith(s.windows());
        LocalDate later = s.day().plusDays(gap);
        Set<RightsWindow> onBothDays = new HashSet<>(title.rightsAvailableIn(s.country(), s.day()));
        onBothDays.retainAll(title.rightsAvailableIn(s.country(), later));

        s.day().datesUntil(later).forEach(day ->
                assertThat(title.rightsAvailableIn(s.country(), day)).containsAll(onBothDays));
    }

    @Property(tries = 500)
    void anOpenEndedWindowStaysOpenOnceItHasOpened(@ForAll("windows") WindowSpec spec,
                                                   @ForAll("days") LocalDate day,
                                                   @ForAll @IntRange(max = 100_000) int daysLater) {
        Title title = newTitle();
        RightsWindow window = title.grantRights(spec.type(), spec.territory(), spec.start(), null);

        if (window.isOpenOn(day)) {
            assertThat(window.isOpenOn(day.plusDays(daysLater))).isTrue();
        }
    }

    @Property(tries = 500)
    void grantingIsIdempotentAndIndependentOfOrder(@ForAll("scenarios") Scenario s) {
        Title forwards = newTitle();
        Title backwards = newTitle();
        int distinct = (int) s.windows().stream().map(RightsAvailabilityPropertyTest::normalized).distinct().count();

        Set<WindowSpec> granted = new HashSet<>();
        for (WindowSpec w : s.windows()) {
            RightsWindow added = w.grantTo(forwards);
            assertThat(added == null).as("null exactly when %s was granted before", w).isEqualTo(!granted.add(normalized(w)));
        }
        List<WindowSpec> reversed = new ArrayList<>(s.windows());
        Collections.reverse(reversed);
        reversed.forEach(w -> w.grantTo(backwards));
        s.windows().forEach(w -> assertThat(w.grantTo(backwards)).isNull());

        assertThat(forwards.rightsWindows()).hasSize(distinct);
        assertThat(backwards.rightsWindows()).hasSize(distinct);
        assertThat(forwards.rightTypesAvailableIn(s.country(), s.day()))
                .isEqualTo(backwards.rightTypesAvailableIn(s.country(), s.day()));
    }

    @Property(tries = 500)
    void extendingTheEndDateNeverTakesAvailabilityAway(@ForAll("scenarios") Scenario s,
                                                       @ForAll @IntRange(max = 400) int extraDays) {
        WindowSpec original = s.windows().get(0);
        LocalDate laterEnd = original.end() == null ? null : original.end().plusDays(extraDays);
        RightsWindow shorter = original.grantTo(newTitle());
        RightsWindow longer = newTitle().grantRights(original.type(), original.territory(), original.start(), laterEnd);
        RightsWindow openEnded = newTitle().grantRights(original.type(), original.territory(), original.start(), null);

        if (shorter.isAvailableIn(s.country(), s.day())) {
            assertThat(longer.isAvailableIn(s.country(), s.day())).isTrue();
            assertThat(openEnded.isAvailableIn(s.country(), s.day())).isTrue();
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<CountryCode> countries() {
        Arbitrary<String> frequent = Arbitraries.of(FREQUENT);
        Arbitrary<String> any = Arbitraries.of(CountryCode.all());
        return Arbitraries.frequencyOf(Tuple.of(4, frequent), Tuple.of(1, any)).map(CountryCode::new);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-30, SPAN_DAYS + 30).map(EPOCH::plusDays);
    }

    @Provide
    Arbitrary<WindowSpec> windows() {
        Arbitrary<Boolean> worldwide = Arbitraries.of(true, false);
        Arbitrary<Set<CountryCode>> listed = countries().set().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Set<CountryCode>> excluded = countries().set().ofMaxSize(3);
        Arbitrary<LocalDate> start = Arbitraries.integers().between(0, SPAN_DAYS).map(EPOCH::plusDays);
        Arbitrary<Integer> length = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(6, Arbitraries.integers().between(0, 1500)));
        Arbitrary<Boolean> openEnded = Arbitraries.of(true, false);
        return Combinators.combine(Arbitraries.of(RightType.class), worldwide, listed, excluded, start, length, openEnded)
                .as((type, ww, list, excl, from, days, open) -> new WindowSpec(type, ww, ww ? Set.of() : list, excl,
                        from, open ? null : from.plusDays(days)))
                .filter(w -> !w.coveredCountries().isEmpty());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<WindowSpec>> specs = windows().list().ofMinSize(1).ofMaxSize(8)
                .flatMap(list -> Arbitraries.integers().between(0, 2)
                        .map(repeats -> Stream.concat(list.stream(), list.stream().limit(repeats)).toList()));
        return specs.flatMap(list -> Combinators.combine(countryFor(list), dayFor(list))
                .as((country, day) -> new Scenario(list, country, day)));
    }

    /** A country that the windows list or exclude, or any other. */
    private Arbitrary<CountryCode> countryFor(List<WindowSpec> windows) {
        Set<CountryCode> mentioned = windows.stream()
                .flatMap(w -> Stream.concat(w.countries().stream(), w.excluded().stream()))
                .collect(Collectors.toSet());
        return mentioned.isEmpty() ? countries()
                : Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(mentioned)), Tuple.of(1, countries()));
    }

    /** A day on or next to a window's first or last day, or any other. */
    private Arbitrary<LocalDate> dayFor(List<WindowSpec> windows) {
        List<LocalDate> edges = windows.stream()
                .flatMap(w -> Stream.of(w.start(), w.end()))
                .filter(d -> d != null)
                .flatMap(d -> Stream.of(d.minusDays(1), d, d.plusDays(1)))
                .toList();
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(edges)), Tuple.of(1, days()));
    }

    // ---------------------------------------------------------------- helpers

    private static Title newTitle() {
        return new Title("kim-il-sungs-children", "Kim Il Sung's Children", "War orphans in Eastern Europe.", "ko",
                TitleStatus.AVAILABLE);
    }

    private static Title titleWith(List<WindowSpec> windows) {
        Title title = newTitle();
        windows.forEach(w -> w.grantTo(title));
        return title;
    }

    /** The spec with its sets in a comparable form, as a stored window gives them back. */
    private static WindowSpec normalized(WindowSpec w) {
        return new WindowSpec(w.type(), w.worldwide(), new TreeSet<>(w.countries()), new TreeSet<>(w.excluded()),
                w.start(), w.end());
    }
}
