package org.docuportal.eligibility.rules;

import static org.docuportal.eligibility.domain.RuleOutcome.failed;
import static org.docuportal.eligibility.domain.RuleOutcome.passed;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.eligibility.domain.RuleOutcome;
import org.docuportal.shared.config.Setting;

/**
 * No license goes to an institution in a country the distributor has put under embargo, whatever
 * the rights windows say. The list is the setting {@code portal.eligibility.embargoed-countries}
 * (ISO codes separated by commas, empty by default): which countries belong on it is a legal
 * question for each distributor, so the portal ships none.
 *
 * <p>The setting is read on every evaluation, so the rule follows whatever the configuration
 * sources say; a code that is not ISO 3166-1 fails the evaluation rather than being skipped,
 * because a typo would otherwise silently lift an embargo.
 */
@ApplicationScoped
public class EmbargoRule implements EligibilityRule {

    private final Supplier<Set<CountryCode>> embargoed;

    public EmbargoRule() {
        this(() -> parse(Setting.EMBARGOED_COUNTRIES.valueOr("")));
    }

    /** A rule with a fixed list, for tests. */
    EmbargoRule(Set<CountryCode> embargoed) {
        this(() -> Set.copyOf(embargoed));
    }

    private EmbargoRule(Supplier<Set<CountryCode>> embargoed) {
        this.embargoed = embargoed;
    }

    @Override
    public String id() {
        return "embargo";
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String messageBundle() {
        return BuiltInRules.BUNDLE;
    }

    @Override
    public RuleOutcome evaluate(EligibilityRequest request) {
        if (!request.hasInstitution()) {
            return failed("embargo.no-institution");
        }
        CountryCode country = request.institution().country();
        return embargoed.get().contains(country)
                ? failed("embargo.embargoed", country)
                : passed("embargo.clear", country);
    }

    /** The countries of a comma-separated list of codes, in any case; blank entries are ignored. */
    static Set<CountryCode> parse(String list) {
        Set<CountryCode> countries = new TreeSet<>();
        for (String entry : list.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            if (!CountryCode.isValid(entry)) {
                throw new IllegalStateException(Setting.EMBARGOED_COUNTRIES.key() + " lists '" + entry.trim()
                        + "', which is not an ISO 3166-1 alpha-2 country code");
            }
            countries.add(CountryCode.of(entry));
        }
        return Collections.unmodifiableSet(countries);
    }
}
