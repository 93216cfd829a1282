package org.docuportal.impact.domain;

import java.util.Objects;

/**
 * Survey input that breaks a rule, naming the field it concerns ({@code items}, {@code answers},
 * {@code pairingCode} ...), so that the application layer can tell the user which field to fix
 * without the domain knowing about forms or HTTP.
 */
public class SurveyInputException extends IllegalArgumentException {

    private final String field;

    public SurveyInputException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field);
    }

    public String field() {
        return field;
    }
}
