package org.docuportal.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Moments as people read them on pages ("21 Nov 2026, 06:05 UTC"), not as ISO timestamps. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
