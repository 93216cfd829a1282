package org.docuportal.impact.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules every list of survey statements keeps, in a template or a screening: one to
 * {@value #MAX_ITEMS} statements, each a sentence of {@value #MIN_LENGTH} to {@value #MAX_LENGTH}
 * characters, no two alike. Few items on purpose: the audience answers twice, on a phone, around a
 * screening, and a long questionnaire gets abandoned or answered at random.
 */
public final class SurveyItems {

    public static final int MAX_ITEMS = 10;
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 300;

    private SurveyItems() {
    }

    /** The statements trimmed, with inner runs of white space made one space; or why they cannot be used. */
    public static List<String> checked(List<String> statements) {
        if (statements == null || statements.isEmpty()) {
            throw new SurveyInputException("items", "A survey needs at least one statement.");
        }
        if (statements.size() > MAX_ITEMS) {
            throw new SurveyInputException("items", "A survey has at most " + MAX_ITEMS + " statements.");
        }
        List<String> cleaned = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String statement = statements.get(i) == null ? "" : statements.get(i).strip().replaceAll("\\s+", " ");
            String field = "items[" + i + "]";
            if (statement.length() < MIN_LENGTH || statement.length() > MAX_LENGTH) {
                throw new SurveyInputException(field, "Statement " + (i + 1) + " must have " + MIN_LENGTH + " to "
                        + MAX_LENGTH + " characters.");
            }
            if (cleaned.stream().anyMatch(statement::equalsIgnoreCase)) {
                throw new SurveyInputException(field, "Statement " + (i + 1) + " repeats an earlier one.");
            }
            cleaned.add(statement);
        }
        return List.copyOf(cleaned);
    }

    /** Checked statements as stored: one per line (a checked statement holds no line break). */
    static String joined(List<String> checked) {
        return String.join("\n", checked);
    }

    static List<String> split(String stored) {
        return List.of(stored.split("\n"));
    }
}
