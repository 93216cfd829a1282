package org.docuportal.catalog.infrastructure.search;

import java.util.List;

/** The fields of the title index and how much a match in each counts. */
final class TitleFields {

    /** Title, original title and alternate titles. */
    static final String NAMES = "names";
    static final String SUBJECTS = "subjects";
    static final String SYNOPSIS = "synopsis";
    /** All of the above in one field, so that words found in different fields still match together. */
    static final String ALL = "all";

    record Searched(String name, float boost) {
    }

    static final List<Searched> SEARCHED = List.of(
            new Searched(NAMES, 4f),
            new Searched(SUBJECTS, 2f),
            new Searched(SYNOPSIS, 1f),
            new Searched(ALL, 0.5f));

    private TitleFields() {
    }
}
