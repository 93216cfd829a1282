package org.docuportal.eligibility.domain;

import java.util.List;
import java.util.Optional;

/**
 * Whether an institution's member may license a title's right for a term, and why: the
 * verdict of every rule, passed or failed, in evaluation order.
 *
 * <p>All verdicts are kept, not only the failures, because the portal promises to explain
 * eligibility: a teacher who is told "eligible" sees the reasons as well as one who is not.
 *
 * @param eligible true exactly when every rule passed
 * @param rules one verdict per rule, in the rules' order
 */
public record EligibilityDecision(boolean eligible, List<RuleVerdict> rules) {

    public EligibilityDecision {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a decision without rules explains nothing");
        }
        if (eligible != rules.stream().allMatch(RuleVerdict::passed)) {
            throw new IllegalArgumentException("a decision is eligible exactly when every rule passed");
        }
    }

    /** The decision the verdicts add up to. */
    public static EligibilityDecision of(List<RuleVerdict> rules) {
        return new EligibilityDecision(rules.stream().allMatch(RuleVerdict::passed), rules);
    }

    public List<RuleVerdict> failures() {
        return rules.stream().filter(r -> !r.passed()).toList();
    }

    public Optional<RuleVerdict> verdict(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }
}
