package org.docuportal.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.eligibility.domain.EligibilityDecision;
import org.docuportal.eligibility.domain.EligibilityEvaluator;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRequest.Institution;
import org.docuportal.eligibility.domain.EligibilityRequest.Member;
import org.docuportal.eligibility.domain.EligibilityRequest.Term;
import org.docuportal.eligibility.domain.EligibilityRequest.TitleRights;
import org.docuportal.eligibility.domain.EligibilityRequest.Window;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.eligibility.domain.RuleVerdict;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.InstitutionType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The built-in rules together, over institutions × memberships × titles × rights windows ×
 * terms × embargo lists.
 *
 * <p>Most properties are stated from the member's side ("a suspended institution never
 * licenses", "a shorter term is never refused when a longer one was granted") or as changes to
 * a request that must change exactly one verdict, rather than by restating how each rule
 * computes. Where a reference is needed, countries and days are sets (a territory is the world
 * or a list minus exclusions; a window is a run of days), as in the avails property test.
 *
 * <p>Two generators: {@link #anyCase()} mixes every kind of request; {@link #eligibleCase()}
 * builds requests that meet every product rule, with unrelated windows around them, so that
 * the "breaking one thing" properties start from a request that is eligible for a reason.
 */
class EligibilityPropertyTest {

    private static final Set<CountryCode> EVERY_COUNTRY =
            CountryCode.all().stream().map(CountryCode::new).collect(Collectors.toUnmodifiableSet());
    private static final List<String> FREQUENT = List.of("KR", "KP", "JP", "US", "CN", "FR");
    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);
    private static final int SPAN_DAYS = 6 * 365;
    private static final Set<Role> LICENSING_ROLES = EnumSet.of(Role.TEACHER, Role.TRAINING_OFFICER, Role.INSTITUTION_ADMIN);
    private static final Set<InstitutionType> EDUCATIONAL_HOLDERS = EnumSet.of(InstitutionType.K12_SCHOOL,
            InstitutionType.HIGHER_EDUCATION, InstitutionType.LIBRARY, InstitutionType.NONPROFIT_EDUCATION);

    /** Mostly countries that collide with each other, sometimes any other. Built once: generators create many. */
    private static final Arbitrary<CountryCode> COUNTRIES = Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(FREQUENT)),
            Tuple.of(1, Arbitraries.of(List.copyOf(CountryCode.all())))).map(CountryCode::new);
    /** Mostly the rights the portal sells, sometimes any other. */
    private static final Arbitrary<RightType> RIGHTS = Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of(RightType.EDUCATIONAL, RightType.NON_THEATRICAL)),
            Tuple.of(1, Arbitraries.of(RightType.class)));

    /** A request and the embargo list it is judged under. */
    record Case(EligibilityRequest request, Set<CountryCode> embargoed) {

        EligibilityDecision decide() {
            return Requests.builtInEvaluator(embargoed).evaluate(request, Locale.ENGLISH);
        }

        CountryCode country() {
            return request.institution().country();
        }

        Case withTerm(LocalDate start, int months) {
            return with(request.institution(), request.member(), request.title(), new Term(start, months), embargoed);
        }

        Case withInstitution(Institution institution) {
            return with(institution, request.member(), request.title(), request.term(), embargoed);
        }

        Case withMember(Member member) {
            return with(request.institution(), member, request.title(), request.term(), embargoed);
        }

        Case withWindows(List<Window> windows) {
            TitleRights t = request.title();
            return with(request.institution(), request.member(), new TitleRights(t.slug(), t.licensable(), windows),
                    request.term(), embargoed);
        }

        Case withEmbargo(Set<CountryCode> list) {
            return with(request.institution(), request.member(), request.title(), request.term(), list);
        }

        private Case with(Institution i, Member m, TitleRights t, Term term, Set<CountryCode> list) {
            return new Case(new EligibilityRequest(i, m, t, request.right(), term, request.today()), list);
        }
    }

    // ---------------------------------------------------------------- over any request

    @Property(tries = 1000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the coverage check below is what matters
    void everyRuleIsListedOnceInOrderWithASentenceAndEligibleMeansAllPassed(@ForAll("anyCase") Case c) {
        EligibilityDecision decision = c.decide();
        Statistics.label("eligible").collect(decision.eligible());

        assertThat(decision.rules()).extracting(RuleVerdict::id).containsExactlyElementsOf(Requests.BUILT_IN_IDS);
        assertThat(decision.eligible()).isEqualTo(decision.rules().stream().allMatch(RuleVerdict::passed));
        assertThat(decision.rules()).allSatisfy(v -> assertThat(v.message())
                .as(v.id()).isNotBlank().endsWith(".").doesNotContain("{").doesNotContain("_"));

        Statistics.label("eligible").coverage(check -> check.check(true).percentage(p -> p >= 5));
    }

    @Property(tries = 1000)
    void eligibilityAgreesWithTheProductRulesStatedInSetTerms(@ForAll("anyCase") Case c) {
        assertThat(c.decide().eligible()).isEqualTo(modelSaysEligible(c));
    }

    @Property(tries = 500)
    void onlyAVerifiedInstitutionEverLicenses(@ForAll("anyCase") Case c) {
        if (c.request().institution() == null || c.request().institution().status() != InstitutionStatus.VERIFIED) {
            EligibilityDecision decision = c.decide();
            assertThat(decision.eligible()).isFalse();
            assertThat(decision.verdict("institution-verified").orElseThrow().passed()).isFalse();
        }
    }

    @Property(tries = 500)
    void trainingInstitutionsNeverLicenseEducationalRights(@ForAll("anyCase") Case c,
                                                          @ForAll boolean government) {
        Institution i = c.request().institution();
        Assume.that(i != null);
        InstitutionType training = government ? InstitutionType.GOVERNMENT_TRAINING : InstitutionType.MILITARY_TRAINING;
        Case educational = new Case(new EligibilityRequest(new Institution(i.name(), training, i.status(), i.country()),
                c.request().member(), c.request().title(), RightType.EDUCATIONAL, c.request().term(), c.request().today()),
                c.embargoed());

        assertThat(educational.decide().eligible()).isFalse();
        assertThat(educational.decide().verdict("institution-type").orElseThrow().passed()).isFalse();
    }

    @Property(tries = 500)
    void aTermEndingAfterEveryMatchingWindowEndsIsNeverEligible(@ForAll("anyCase") Case c,
                                                               @ForAll @IntRange(min = 1, max = 400) int daysPast) {
        Assume.that(c.request().institution() != null);
        List<Window> matching = matching(c);
        Assume.that(matching.stream().allMatch(w -> w.end() != null));
        LocalDate latestEnd = matching.stream().map(Window::end).max(LocalDate::compareTo).orElse(c.request().today());
        // The shortest term from the same start whose last day is past every end.
        LocalDate start = c.request().term().start();
        int months = 1;
        while (!start.plusMonths(months).minusDays(1).isAfter(latestEnd.plusDays(daysPast - 1))) {
            months++;
        }
        Case tooLong = c.withTerm(start, months);

        assertThat(tooLong.decide().eligible()).isFalse();
        assertThat(tooLong.decide().verdict("term-covered").orElseThrow().passed()).isFalse();
    }

    @Property(tries = 500)
    void aTermStartingBeforeTodayIsNeverEligible(@ForAll("anyCase") Case c,
                                                @ForAll @IntRange(min = 1, max = 800) int daysAgo) {
        Case past = c.withTerm(c.request().today().minusDays(daysAgo), c.request().term().months());
        assertThat(past.decide().eligible()).isFalse();
    }

    @Property(tries = 500)
    void ifATermIsEligibleEveryShorterTermFromTheSameDayIsToo(@ForAll("anyCase") Case c) {
        Assume.that(c.decide().eligible());
        for (int months = 1; months < c.request().term().months(); months++) {
            assertThat(c.withTerm(c.request().term().start(), months).decide().eligible()).as("%d months", months).isTrue();
        }
    }

    @Property(tries = 300)
    void theOrderInWhichRulesAreFoundChangesNothing(@ForAll("anyCase") Case c, @ForAll long seed) {
        List<EligibilityRule> shuffled = new ArrayList<>(Requests.builtInRules(c.embargoed()));
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(new EligibilityEvaluator(shuffled).evaluate(c.request(), Locale.ENGLISH)).isEqualTo(c.decide());
    }

    // ---------------------------------------------------------------- from an eligible request

    @Property(tries = 500)
    void aRequestThatMeetsEveryProductRuleIsEligible(@ForAll("eligibleCase") Case c) {
        EligibilityDecision decision = c.decide();
        assertThat(decision.failures()).isEmpty();
        assertThat(decision.eligible()).isTrue();
    }

    @Property(tries = 300)
    void anyStatusButVerifiedFailsOnlyTheVerificationRule(@ForAll("eligibleCase") Case c,
                                                          @ForAll InstitutionStatus status) {
        Assume.that(status != InstitutionStatus.VERIFIED);
        Institution i = c.request().institution();
        Case changed = c.withInstitution(new Institution(i.name(), i.type(), status, i.country()));
        assertThat(failedIds(changed)).containsExactly("institution-verified");
    }

    @Property(tries = 300)
    void aMembershipAwaitingApprovalFailsOnlyTheRoleRule(@ForAll("eligibleCase") Case c) {
        Case pending = c.withMember(new Member(c.request().member().role(), false));
        assertThat(failedIds(pending)).containsExactly("member-role");
    }

    @Property(tries = 300)
    void embargoingTheCountryFailsOnlyTheEmbargoRule(@ForAll("eligibleCase") Case c) {
        Set<CountryCode> list = new HashSet<>(c.embargoed());
        list.add(c.country());
        assertThat(failedIds(c.withEmbargo(list))).containsExactly("embargo");
    }

    @Property(tries = 500)
    void excludingTheCountryFromEveryWindowOfTheRightEndsEligibility(@ForAll("eligibleCase") Case c) {
        CountryCode country = c.country();
        List<Window> excluded = new ArrayList<>();
        for (Window w : c.request().title().windows()) {
            if (w.rightType() != c.request().right() || !w.territory().covers(country)) {
                excluded.add(w);
                continue;
            }
            Set<CountryCode> moreExcluded = new HashSet<>(w.territory().excluded());
            moreExcluded.add(country);
            if (!covered(w.territory().worldwide(), w.territory().countries(), moreExcluded).isEmpty()) {
                excluded.add(new Window(w.rightType(), new Territory(w.territory().worldwide(), w.territory().countries(),
                        moreExcluded), w.start(), w.end()));
            }
        }
        assertThat(failedIds(c.withWindows(excluded))).containsExactly("territory", "term-covered");
    }

    @Property(tries = 500)
    void extendingTheTermPastEveryMatchingWindowFailsOnlyTheTermRule(@ForAll("eligibleCase") Case c) {
        List<Window> matching = matching(c);
        Assume.that(matching.stream().allMatch(w -> w.end() != null));
        LocalDate latestEnd = matching.stream().map(Window::end).max(LocalDate::compareTo).orElseThrow();
        LocalDate start = c.request().term().start();
        int months = c.request().term().months();
        while (!start.plusMonths(months).minusDays(1).isAfter(latestEnd)) {
            months++;
        }
        assertThat(failedIds(c.withTerm(start, months))).containsExactly("term-covered");
        assertThat(c.withTerm(start, months).decide().verdict("term-covered").orElseThrow().message())
                .as("names when the rights end").contains("rights end on");
    }

    // ---------------------------------------------------------------- reference and helpers

    /** The product's rules, with territories as sets of countries and windows as runs of days. */
    private static boolean modelSaysEligible(Case c) {
        EligibilityRequest r = c.request();
        if (r.institution() == null || r.member() == null) {
            return false;
        }
        boolean institutionMayHold = switch (r.right()) {
            case EDUCATIONAL -> EDUCATIONAL_HOLDERS.contains(r.institution().type());
            case NON_THEATRICAL -> true;
            default -> false;
        };
        long first = r.term().start().toEpochDay();
        long last = r.term().start().plusMonths(r.term().months()).toEpochDay() - 1;
        boolean someWindowCoversCountryAndTerm = r.title().windows().stream()
                .filter(w -> w.rightType() == r.right())
                .filter(w -> covered(w.territory().worldwide(), w.territory().countries(), w.territory().excluded())
                        .contains(r.institution().country()))
                .anyMatch(w -> w.start().toEpochDay() <= first && (w.end() == null || last <= w.end().toEpochDay()));
        return r.institution().status() == InstitutionStatus.VERIFIED
                && r.member().active() && LICENSING_ROLES.contains(r.member().role())
                && institutionMayHold
                && r.title().licensable()
                && !c.embargoed().contains(r.institution().country())
                && first >= r.today().toEpochDay()
                && someWindowCoversCountryAndTerm;
    }

    private static Set<CountryCode> covered(boolean worldwide, Set<CountryCode> listed, Set<CountryCode> excluded) {
        Set<CountryCode> covered = new HashSet<>(worldwide ? EVERY_COUNTRY : listed);
        covered.removeAll(excluded);
        return covered;
    }

    /** The windows of the requested right whose territory holds the institution's country. */
    private static List<Window> matching(Case c) {
        return c.request().title().windows().stream()
                .filter(w -> w.rightType() == c.request().right())
                .filter(w -> covered(w.territory().worldwide(), w.territory().countries(), w.territory().excluded())
                        .contains(c.country()))
                .toList();
    }

    private static List<String> failedIds(Case c) {
        return c.decide().failures().stream().map(RuleVerdict::id).toList();
    }

    // ---------------------------------------------------------------- generators

    /** Random requests, eligible ones, and eligible ones with one thing changed, which sit near the boundaries. */
    @Provide
    Arbitrary<Case> anyCase() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, randomCase()),
                Tuple.of(1, eligibleCase()),
                Tuple.of(2, eligibleCase().flatMap(this::oneThingChanged)));
    }

    private Arbitrary<Case> oneThingChanged(Case c) {
        EligibilityRequest r = c.request();
        Institution i = r.institution();
        Arbitrary<Case> status = Arbitraries.of(InstitutionStatus.class)
                .map(s -> c.withInstitution(new Institution(i.name(), i.type(), s, i.country())));
        Arbitrary<Case> type = Arbitraries.of(InstitutionType.class)
                .map(t -> c.withInstitution(new Institution(i.name(), t, i.status(), i.country())));
        Arbitrary<Case> country = countries()
                .map(k -> c.withInstitution(new Institution(i.name(), i.type(), i.status(), k)));
        Arbitrary<Case> member = members().map(c::withMember);
        Arbitrary<Case> start = Arbitraries.integers().between(-60, 60)
                .map(days -> c.withTerm(r.term().start().plusDays(days), r.term().months()));
        Arbitrary<Case> months = Arbitraries.integers().between(-24, 24)
                .map(more -> c.withTerm(r.term().start(), Math.max(1, r.term().months() + more)));
        Arbitrary<Case> embargo = embargoes().map(c::withEmbargo);
        return Arbitraries.oneOf(status, type, country, member, start, months, embargo);
    }

    private Arbitrary<Case> randomCase() {
        Arbitrary<LocalDate> today = Arbitraries.integers().between(0, SPAN_DAYS).map(EPOCH::plusDays);
        return today.flatMap(day -> windows(day).list().ofMaxSize(4).flatMap(windows -> {
            Arbitrary<Institution> institution = Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just((Institution) null)),
                    Tuple.of(14, institutions(countryFor(windows))));
            Arbitrary<Member> member = Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just((Member) null)),
                    Tuple.of(14, members()));
            Arbitrary<Boolean> licensable = Arbitraries.frequency(Tuple.of(1, false), Tuple.of(9, true));
            Arbitrary<Term> term = Combinators.combine(termStart(day, windows), months()).as(Term::new);
            return Combinators.combine(institution, member, licensable, rights(), term, embargoes())
                    .as((i, m, lic, right, t, embargo) -> new Case(new EligibilityRequest(i, m,
                            new TitleRights("a-film", lic, windows), right, t, day), embargo));
        }));
    }

    @Provide
    Arbitrary<Case> eligibleCase() {
        Arbitrary<LocalDate> today = Arbitraries.integers().between(0, SPAN_DAYS).map(EPOCH::plusDays);
        Arbitrary<RightType> right = Arbitraries.of(RightType.EDUCATIONAL, RightType.NON_THEATRICAL);
        return Combinators.combine(today, right, countries(), months()).flatAs((day, type, country, months) -> {
            Arbitrary<InstitutionType> institutionType = type == RightType.EDUCATIONAL
                    ? Arbitraries.of(EDUCATIONAL_HOLDERS) : Arbitraries.of(InstitutionType.class);
            Arbitrary<Integer> startsIn = Arbitraries.integers().between(0, 400);
            Arbitrary<Integer> openedBefore = Arbitraries.integers().between(0, 900);
            Arbitrary<Integer> endsAfter = Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(-1)), // open-ended
                    Tuple.of(2, Arbitraries.just(0)),  // ends on the term's last day
                    Tuple.of(4, Arbitraries.integers().between(0, 900)));
            Arbitrary<Territory> territory = territoryCovering(country);
            Arbitrary<List<Window>> noise = windows(day).list().ofMaxSize(3);
            Arbitrary<Set<CountryCode>> embargo = embargoes().map(list -> without(list, country));
            Arbitrary<Role> role = Arbitraries.of(LICENSING_ROLES);
            return Combinators.combine(institutionType, startsIn, openedBefore, endsAfter, territory, noise, embargo, role)
                    .as((iType, inDays, before, after, terr, others, list, r) -> {
                        LocalDate start = day.plusDays(inDays);
                        LocalDate last = start.plusMonths(months).minusDays(1);
                        Window covering = new Window(type, terr, start.minusDays(before), after < 0 ? null : last.plusDays(after));
                        List<Window> windows = new ArrayList<>(others);
                        windows.add(Math.min(others.size(), inDays % 4), covering);
                        return new Case(new EligibilityRequest(
                                new Institution("An institution", iType, InstitutionStatus.VERIFIED, country),
                                new Member(r, true), new TitleRights("a-film", true, windows), type,
                                new Term(start, months), day), list);
                    });
        });
    }

    private Arbitrary<CountryCode> countries() {
        return COUNTRIES;
    }

    private Arbitrary<RightType> rights() {
        return RIGHTS;
    }

    /** Windows placed around today: some over, some running, some still to come. */
    private Arbitrary<Window> windows(LocalDate today) {
        Arbitrary<Boolean> worldwide = Arbitraries.of(true, false);
        Arbitrary<Set<CountryCode>> listed = countries().set().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Set<CountryCode>> excluded = countries().set().ofMaxSize(3);
        Arbitrary<LocalDate> start = Arbitraries.integers().between(-1500, 400).map(today::plusDays);
        Arbitrary<Integer> length = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(-1)),
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(6, Arbitraries.integers().between(0, 2500)));
        return Combinators.combine(rights(), worldwide, listed, excluded, start, length)
                .filter((type, ww, list, excl, from, days) -> ww || !excl.containsAll(list)) // some country left
                .as((type, ww, list, excl, from, days) -> new Window(type,
                        new Territory(ww, ww ? Set.of() : list, excl), from, days < 0 ? null : from.plusDays(days)));
    }

    /** A territory that holds the country: worldwide without it among the exclusions, or a list with it. */
    private Arbitrary<Territory> territoryCovering(CountryCode country) {
        Arbitrary<Set<CountryCode>> others = countries().set().ofMaxSize(3).map(set -> without(set, country));
        return Combinators.combine(Arbitraries.of(true, false), others, others).as((ww, list, excl) -> {
            Set<CountryCode> listed = new HashSet<>(list);
            listed.add(country);
            Set<CountryCode> excluded = new HashSet<>(excl);
            excluded.removeAll(listed);
            return new Territory(ww, ww ? Set.of() : listed, ww ? excl : excluded);
        });
    }

    private Arbitrary<Institution> institutions(Arbitrary<CountryCode> country) {
        Arbitrary<InstitutionStatus> status = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(InstitutionStatus.VERIFIED)),
                Tuple.of(1, Arbitraries.of(InstitutionStatus.class)));
        return Combinators.combine(Arbitraries.of(InstitutionType.class), status, country)
                .as((type, s, c) -> new Institution("An institution", type, s, c));
    }

    private Arbitrary<Member> members() {
        Arbitrary<Role> role = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(LICENSING_ROLES)),
                Tuple.of(1, Arbitraries.of(Role.class)));
        Arbitrary<Boolean> active = Arbitraries.frequency(Tuple.of(1, false), Tuple.of(6, true));
        return Combinators.combine(role, active).as(Member::new);
    }

    /** A country the windows list or exclude, or any other. */
    private Arbitrary<CountryCode> countryFor(List<Window> windows) {
        Set<CountryCode> mentioned = windows.stream()
                .flatMap(w -> Stream.concat(w.territory().countries().stream(), w.territory().excluded().stream()))
                .collect(Collectors.toSet());
        return mentioned.isEmpty() ? countries()
                : Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(mentioned)), Tuple.of(1, countries()));
    }

    /** Mostly today or later, often on or next to a window's first or last day, sometimes in the past. */
    private Arbitrary<LocalDate> termStart(LocalDate today, List<Window> windows) {
        List<LocalDate> edges = windows.stream()
                .flatMap(w -> Stream.of(w.start(), w.end()))
                .filter(d -> d != null)
                .flatMap(d -> Stream.of(d.minusDays(1), d, d.plusDays(1)))
                .toList();
        Arbitrary<LocalDate> soon = Arbitraries.integers().between(0, 700).map(today::plusDays);
        Arbitrary<LocalDate> past = Arbitraries.integers().between(1, 60).map(today::minusDays);
        return edges.isEmpty()
                ? Arbitraries.frequencyOf(Tuple.of(6, soon), Tuple.of(1, past))
                : Arbitraries.frequencyOf(Tuple.of(3, soon), Tuple.of(3, Arbitraries.of(edges)), Tuple.of(1, past));
    }

    private Arbitrary<Integer> months() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(12, 36)),
                Tuple.of(4, Arbitraries.integers().between(1, 60)),
                Tuple.of(1, Arbitraries.integers().between(61, 240)));
    }

    /** Mostly no embargo, as shipped; sometimes a few of the frequent countries. */
    private Arbitrary<Set<CountryCode>> embargoes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Set.<CountryCode>of())),
                Tuple.of(1, Arbitraries.of(FREQUENT).map(CountryCode::new).set().ofMinSize(1).ofMaxSize(2)));
    }

    private static Set<CountryCode> without(Set<CountryCode> set, CountryCode country) {
        Set<CountryCode> copy = new HashSet<>(set);
        copy.remove(country);
        return Set.copyOf(copy);
    }
}
