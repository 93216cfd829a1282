/**
 * Eligibility as the rest of the portal asks for it: the service that gathers every
 * {@link org.docuportal.eligibility.domain.EligibilityRule} bean deployed, built-in or plugged in,
 * and evaluates a request against them.
 */
package org.docuportal.eligibility.application;
