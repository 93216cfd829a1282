package org.docuportal.impact.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The producer's policy-impact indicator: how many recorded official discussions or proposals
 * about a film took place within six months after one of its screenings, that is on a day from
 * the screening day to the same day six months later, both included. An event counts once however
 * many screenings it follows.
 */
public final class PolicyImpact {

    public static final int MONTHS_AFTER = 6;

    private PolicyImpact() {
    }

    public static long eventsWithinSixMonths(Collection<LocalDate> screeningDays, Collection<LocalDate> eventDays) {
        return eventDays.stream()
                .filter(event -> screeningDays.stream()
                        .anyMatch(screening -> !event.isBefore(screening) && !event.isAfter(screening.plusMonths(MONTHS_AFTER))))
                .count();
    }
}
