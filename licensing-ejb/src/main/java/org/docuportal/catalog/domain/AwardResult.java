package org.docuportal.catalog.domain;

/** What a title achieved at a festival or awards event. */
public enum AwardResult {
    WINNER("Winner"),
    FINALIST("Finalist"),
    SEMI_FINALIST("Semi-finalist"),
    NOMINEE("Nominee"),
    OFFICIAL_SELECTION("Official selection");

    private final String label;

    AwardResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
