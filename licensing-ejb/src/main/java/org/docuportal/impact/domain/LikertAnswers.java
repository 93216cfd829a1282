package org.docuportal.impact.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One participant's answers to a survey's statements, one value per statement on the five-point
 * scale from 1 (strongly disagree) to 5 (strongly agree). Stored as the comma-separated values
 * in statement order: the answers of one response are always read together, never one by one.
 */
public record LikertAnswers(List<Integer> values) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public LikertAnswers {
        values = List.copyOf(values);
        for (Integer value : values) {
            if (value == null || value < LOWEST || value > HIGHEST) {
                throw new IllegalArgumentException("answers are 1 to 5");
            }
        }
    }

    /**
     * The answers to a survey of {@code itemCount} statements, each checked.
     *
     * @throws SurveyInputException naming {@code answers} or {@code answers[i]}
     */
    public static LikertAnswers forItems(List<Integer> values, int itemCount) {
        if (values == null || values.size() != itemCount) {
            throw new SurveyInputException("answers", "Answer all " + itemCount + " statements.");
        }
        for (int i = 0; i < values.size(); i++) {
            Integer value = values.get(i);
            if (value == null || value < LOWEST || value > HIGHEST) {
                throw new SurveyInputException("answers[" + i + "]", "Answer statement " + (i + 1) + " with a value from "
                        + LOWEST + " (strongly disagree) to " + HIGHEST + " (strongly agree).");
            }
        }
        return new LikertAnswers(values);
    }

    /** The answers as stored: the comma-separated values. */
    public static LikertAnswers fromStored(String stored) {
        List<Integer> parsed = new ArrayList<>();
        for (String part : stored.split(",")) {
            parsed.add(Integer.parseInt(part.strip()));
        }
        return new LikertAnswers(parsed);
    }

    String stored() {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public int size() {
        return values.size();
    }

    public int get(int index) {
        return values.get(index);
    }

    /** The sum of the values: a participant's awareness score, comparable between answers to the same statements. */
    public int total() {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }

    public List<Integer> values() {
        return Collections.unmodifiableList(values);
    }
}
