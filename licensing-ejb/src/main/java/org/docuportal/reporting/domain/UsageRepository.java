package org.docuportal.reporting.domain;

import java.util.List;

/**
 * Counts recorded plays and guide downloads, aggregated by the database: no play is loaded one by
 * one. Joins the caller's transaction; reads only.
 */
public interface UsageRepository {

    /** Usage by month, title, institution and country, in month, title, institution and country order; groups without use are absent. */
    List<UsageRow> byTitleInstitutionCountryAndMonth(ReportingPeriod period, UsageScope scope);

    /** Usage by month and title, in month and title order; groups without use are absent. */
    List<TitleMonthUsage> byTitleAndMonth(ReportingPeriod period, UsageScope scope);
}
