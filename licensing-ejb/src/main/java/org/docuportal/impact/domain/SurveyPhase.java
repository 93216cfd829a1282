package org.docuportal.impact.domain;

/** When a participant answers: before the screening, or after it. */
public enum SurveyPhase {
    PRE,
    POST
}
