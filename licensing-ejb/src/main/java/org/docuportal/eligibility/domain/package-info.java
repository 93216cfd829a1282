/**
 * Explainable eligibility: whether an institution's member may license a right of a title for
 * a term, decided by independent rules that each give a reason. {@link
 * org.docuportal.eligibility.domain.EligibilityRule} is the plugin interface that the built-in
 * rules and third-party rules implement alike; the rest of the package is the request they
 * read, the outcome they return and the decision the member sees.
 */
package org.docuportal.eligibility.domain;
