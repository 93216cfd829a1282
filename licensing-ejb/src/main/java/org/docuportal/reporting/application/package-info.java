/**
 * Usage reports for callers ({@link org.docuportal.reporting.application.UsageReportService}): an
 * institution administrator's own institution, a platform administrator's whole platform, as rows
 * with totals or as a COUNTER Release 5-shaped CSV file
 * ({@link org.docuportal.reporting.application.CounterCsv}).
 */
package org.docuportal.reporting.application;
