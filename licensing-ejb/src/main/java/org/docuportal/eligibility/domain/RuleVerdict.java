package org.docuportal.eligibility.domain;

import java.util.Objects;

/**
 * One rule's verdict as the member reads it.
 *
 * @param id the rule's {@linkplain EligibilityRule#id() id}
 * @param passed whether the request satisfies the rule
 * @param message the reason in plain words, in the language asked for
 */
public record RuleVerdict(String id, boolean passed, String message) {

    public RuleVerdict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
    }
}
