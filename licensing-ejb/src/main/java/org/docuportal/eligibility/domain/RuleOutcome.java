package org.docuportal.eligibility.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one rule concluded: passed or not, and which message of the rule's bundle explains why,
 * with the values the message names. The rule never writes the sentence itself, so that the
 * same outcome reads in English, Korean or Japanese.
 *
 * @param passed whether the request satisfies the rule
 * @param messageKey a key of the rule's {@linkplain EligibilityRule#messageBundle() bundle}
 * @param arguments the values for the message's {@code {0}}, {@code {1}}, ... placeholders;
 *        see {@link EligibilityRule} for how each kind of value is written out
 */
public record RuleOutcome(boolean passed, String messageKey, List<Object> arguments) {

    public RuleOutcome {
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("an outcome names the message that explains it");
        }
        arguments = List.copyOf(arguments);
    }

    public static RuleOutcome passed(String messageKey, Object... arguments) {
        return new RuleOutcome(true, messageKey, list(arguments));
    }

    public static RuleOutcome failed(String messageKey, Object... arguments) {
        return new RuleOutcome(false, messageKey, list(arguments));
    }

    private static List<Object> list(Object[] arguments) {
        Objects.requireNonNull(arguments, "arguments");
        return Arrays.asList(arguments);
    }
}
