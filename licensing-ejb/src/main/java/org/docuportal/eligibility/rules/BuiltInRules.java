package org.docuportal.eligibility.rules;

/** What the built-in rules share: the bundle with their messages. */
final class BuiltInRules {

    /** {@code RuleMessages.properties} beside the rules; enum labels there serve every rule. */
    static final String BUNDLE = "org.docuportal.eligibility.rules.RuleMessages";

    private BuiltInRules() {
    }
}
