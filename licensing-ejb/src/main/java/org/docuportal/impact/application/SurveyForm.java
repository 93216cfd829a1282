package org.docuportal.impact.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What a participant sees of a survey: the film, the day, the statements in order, and whether it takes answers. */
public record SurveyForm(String title, LocalDate screeningDate, List<String> items, boolean open)
        implements Serializable {
}
