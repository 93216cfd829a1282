package org.docuportal.institution.domain;

/** Enrollment (students) or headcount (trainees, staff) of an institution, in the bands prices use. */
public enum SizeBand {
    UP_TO_500("Up to 500"),
    FROM_501_TO_2000("501 to 2,000"),
    FROM_2001_TO_10000("2,001 to 10,000"),
    OVER_10000("More than 10,000");

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
