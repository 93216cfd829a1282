package org.docuportal.eligibility.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.eligibility.domain.EligibilityEvaluator;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.InstitutionType;

/** Requests for the rule tests: a teacher at a verified school, asking for a year of educational rights. */
final class Requests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** The built-in rules' ids in the order a member sees them. */
    static final List<String> BUILT_IN_IDS = List.of("institution-verified", "member-role", "institution-type",
            "title-licensable", "territory", "embargo", "term-covered");

    private Requests() {
    }

    /** A request with no windows yet: the test adds the ones it is about. */
    static EligibilityRequest.Builder teacherAtVerifiedSchoolIn(String country) {
        return EligibilityRequest.builder()
                .institution("Hanbit Middle School", InstitutionType.K12_SCHOOL, InstitutionStatus.VERIFIED, country(country))
                .member(Role.TEACHER, true)
                .title("kim-il-sungs-children", true)
                .right(RightType.EDUCATIONAL)
                .term(TODAY.plusMonths(3), 12)
                .today(TODAY);
    }

    static CountryCode country(String code) {
        return CountryCode.of(code);
    }

    static Set<CountryCode> countries(String... codes) {
        return Arrays.stream(codes).map(CountryCode::of).collect(Collectors.toSet());
    }

    static Territory only(String... codes) {
        return Territory.countries(countries(codes));
    }

    static Territory worldwideExcept(String... codes) {
        return Territory.worldwideExcept(countries(codes));
    }

    /** Every built-in rule, with the embargo list given rather than read from configuration. */
    static List<EligibilityRule> builtInRules(Set<CountryCode> embargoed) {
        return List.of(new InstitutionVerifiedRule(), new MemberRoleRule(), new InstitutionTypeRule(),
                new TitleLicensableRule(), new TerritoryRule(), new EmbargoRule(embargoed), new TermCoveredRule());
    }

    static EligibilityEvaluator builtInEvaluator(Set<CountryCode> embargoed) {
        return new EligibilityEvaluator(builtInRules(embargoed));
    }
}
