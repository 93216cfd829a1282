/**
 * The portal's built-in eligibility rules. Each is written exactly as a third party would write
 * one: a CDI bean implementing {@link org.docuportal.eligibility.domain.EligibilityRule}, its
 * messages in {@code RuleMessages.properties}. They run in this order: institution verified (100),
 * member's role (200), institution type (300), title licensable (400), territory (500),
 * embargo (600), term covered (700).
 *
 * <p>Whether the title may be licensed at all (a film in production may not) is its own rule
 * rather than part of the term rule: "the rights do not cover your term" would send a teacher
 * looking for a shorter term when no term would do.
 */
package org.docuportal.eligibility.rules;
