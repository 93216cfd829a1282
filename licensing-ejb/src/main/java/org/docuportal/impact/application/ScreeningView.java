package org.docuportal.impact.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.docuportal.impact.domain.AnswerCounts;
import org.docuportal.impact.domain.Screening;

/**
 * A screening survey as its institution's members see it: the film, the day, the statements,
 * the public link, and participation counts (never answers).
 */
public record ScreeningView(long id, String titleSlug, String title, String institution, LocalDate screeningDate,
                            String status, List<String> items, boolean itemsEditable, String publicCode, String link,
                            int preCount, int postCount, int pairedCount, String openedBy) implements Serializable {

    static ScreeningView of(Screening s, AnswerCounts counts, String link) {
        return new ScreeningView(s.id(), s.title().slug(), s.title().title(), s.institution().name(), s.screeningDate(),
                s.status().name(), s.items(), s.isOpen() && !counts.any(), s.publicCode(), link,
                counts.before(), counts.after(), counts.paired(), s.openedBy());
    }
}
