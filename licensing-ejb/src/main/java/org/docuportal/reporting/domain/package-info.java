/**
 * Usage reporting as the licensing domain sees it: a validated reporting period of whole months
 * ({@link org.docuportal.reporting.domain.ReportingPeriod}), whose usage a report may show
 * ({@link org.docuportal.reporting.domain.UsageScope}), the aggregated counts of plays, minutes
 * watched and study-guide downloads ({@link org.docuportal.reporting.domain.UsageRow},
 * {@link org.docuportal.reporting.domain.TitleMonthUsage}) and the repository that counts them.
 *
 * <p>The facts are the plays and downloads the entitlement and curriculum contexts record; this
 * context only reads them, grouped by month, title, institution and country, and never changes them.
 */
package org.docuportal.reporting.domain;
