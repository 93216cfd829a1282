/**
 * Impact: what a film changes in its audiences and beyond.
 *
 * <p>A {@link org.docuportal.impact.domain.SurveyTemplate} per film holds the awareness statements;
 * a member of a licensed institution opens a {@link org.docuportal.impact.domain.Screening} survey,
 * which copies them; its audience answers anonymously before and after the film
 * ({@link org.docuportal.impact.domain.SurveyResponse}), the two answers of one person tied only by a
 * {@link org.docuportal.impact.domain.PairingCode} that person keeps.
 * {@link org.docuportal.impact.domain.ImpactIndicators} turns closed screenings into perception-change
 * indicators with confidence intervals, never publishing a group too small to stay anonymous, and
 * {@link org.docuportal.impact.domain.PolicyEvent}s record the official discussions the producer's plan
 * counts within six months after screenings.
 */
package org.docuportal.impact.domain;
