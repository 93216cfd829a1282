package org.docuportal.impact.application;

import java.util.List;

import org.docuportal.impact.domain.GroupIndicators;

/**
 * The impact report of one film, as far as the caller may see it.
 *
 * @param titleSlug the film's slug
 * @param title the film's title
 * @param scope the institution the report is limited to, or null for every institution's screenings
 * @param minimumGroupSize the fewest paired participants a shown group has
 * @param closedScreenings closed screenings the figures are drawn from, hidden ones included
 * @param openScreenings screenings still taking answers, not counted yet
 * @param groups the film, countries, institution types and screenings; hidden ones carry no figures
 * @param policyEventsWithinSixMonths recorded policy events within six months after a screening in scope
 */
public record ImpactReport(String titleSlug, String title, String scope, int minimumGroupSize, int closedScreenings,
                           int openScreenings, List<GroupIndicators> groups, long policyEventsWithinSixMonths) {
}
