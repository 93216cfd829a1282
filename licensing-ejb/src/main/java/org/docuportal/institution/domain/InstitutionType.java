package org.docuportal.institution.domain;

/** The kinds of institution that may license films through the portal. */
public enum InstitutionType {
    K12_SCHOOL("School (K-12)"),
    HIGHER_EDUCATION("University or college"),
    LIBRARY("Library"),
    NONPROFIT_EDUCATION("Nonprofit education"),
    MILITARY_TRAINING("Military training"),
    GOVERNMENT_TRAINING("Government training");

    private final String label;

    InstitutionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Training institutions license non-theatrical screenings; the others also educational use. */
    public boolean isTrainingInstitution() {
        return this == MILITARY_TRAINING || this == GOVERNMENT_TRAINING;
    }
}
