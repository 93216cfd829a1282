package org.docuportal.eligibility.domain;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import org.docuportal.catalog.domain.CountryCode;

/**
 * Asks every rule about a request and turns their outcomes into a decision with messages in the
 * member's language.
 *
 * <p>Rules are sorted once, by {@link EligibilityRule#order()} then {@link EligibilityRule#id()},
 * so that the verdicts appear in the same order on every page and in every API answer. Every
 * rule is asked even after one has failed: a member sees all that stands in the way at once.
 * Two rules with one id, or an id that is not kebab case, are refused here, when the rules are
 * gathered, rather than showing up later as a confusing answer.
 *
 * <p>Each rule's bundle is loaded through the rule's own class loader, so that a rule in a
 * plugin jar finds the bundle it ships. There is no fallback to the server's default locale:
 * a language without a translation gets the English base file.
 */
public final class EligibilityEvaluator {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<Registered> rules;

    public EligibilityEvaluator(List<? extends EligibilityRule> rules) {
        Map<String, Registered> byId = new HashMap<>();
        for (EligibilityRule rule : rules) {
            Registered registered = new Registered(Objects.requireNonNull(rule, "rule").id(), rule.order(), rule);
            Registered other = byId.putIfAbsent(registered.id(), registered);
            if (other != null) {
                throw new IllegalArgumentException("two rules share the id '" + registered.id() + "': "
                        + other.rule().getClass().getName() + " and " + rule.getClass().getName());
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalArgumentException("without rules, every request would pass");
        }
        this.rules = byId.values().stream()
                .sorted(Comparator.comparingInt(Registered::order).thenComparing(Registered::id))
                .toList();
    }

    /** The rules' ids in the order their verdicts appear. */
    public List<String> ruleIds() {
        return rules.stream().map(Registered::id).toList();
    }

    public EligibilityDecision evaluate(EligibilityRequest request, Locale locale) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(locale, "locale");
        List<RuleVerdict> verdicts = new ArrayList<>(rules.size());
        for (Registered r : rules) {
            RuleOutcome outcome = r.rule().evaluate(request);
            if (outcome == null) {
                throw new IllegalStateException("the rule '" + r.id() + "' returned no outcome");
            }
            verdicts.add(new RuleVerdict(r.id(), outcome.passed(), message(r.rule(), r.id(), outcome, locale)));
        }
        return EligibilityDecision.of(verdicts);
    }

    /** A rule with its id and order read once, so that sorting and messages agree with each other. */
    private record Registered(String id, int order, EligibilityRule rule) {

        Registered {
            if (id == null || !KEBAB_CASE.matcher(id).matches()) {
                throw new IllegalArgumentException("the rule " + rule.getClass().getName() + " has the id '" + id
                        + "'; an id is lower-case letters and digits joined by hyphens");
            }
        }
    }

    private static String message(EligibilityRule rule, String id, RuleOutcome outcome, Locale locale) {
        ResourceBundle bundle = bundle(rule, id, locale);
        String pattern;
        try {
            pattern = bundle.getString(outcome.messageKey());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the rule '" + id + "' has no message '" + outcome.messageKey()
                    + "' in its bundle " + rule.messageBundle(), e);
        }
        Object[] arguments = outcome.arguments().stream().map(a -> argument(a, bundle, locale)).toArray();
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static ResourceBundle bundle(EligibilityRule rule, String id, Locale locale) {
        try {
            return ResourceBundle.getBundle(rule.messageBundle(), locale, rule.getClass().getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the rule '" + id + "' names the message bundle " + rule.messageBundle()
                    + ", which its jar does not hold", e);
        }
    }

    /** A message value written out for the member's language; numbers are left to MessageFormat. */
    private static Object argument(Object value, ResourceBundle bundle, Locale locale) {
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }
        if (value instanceof CountryCode country) {
            return new Locale("", country.code()).getDisplayCountry(locale);
        }
        if (value instanceof Enum<?> constant) {
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
        }
        return value;
    }
}
