package org.docuportal.impact.application;

import java.io.Serializable;
import java.time.LocalDate;

import org.docuportal.impact.domain.PolicyEvent;

/** A recorded policy event, for the administrators' list. */
public record PolicyEventView(long id, String titleSlug, String title, LocalDate date, String body, String country,
                              String reference, String note, String recordedBy) implements Serializable {

    static PolicyEventView of(PolicyEvent e) {
        return new PolicyEventView(e.id(), e.title().slug(), e.title().title(), e.date(), e.body(), e.country(), e.reference(), e.note(),
                e.recordedBy());
    }
}
