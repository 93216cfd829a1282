package org.docuportal.curriculum;

import java.util.Locale;

/**
 * The seven {@code ##} sections every guide has, in the order it must have them. Teachers find
 * the same thing in the same place in every guide, and the renderers can rely on it (the
 * chapter list, for one).
 */
public enum RequiredSection {
    LEARNING_OBJECTIVES("Learning objectives"),
    CONTEXT("Context"),
    CHAPTERS("Chapters"),
    DISCUSSION_QUESTIONS("Discussion questions"),
    ACTIVITIES("Activities"),
    VOCABULARY("Vocabulary"),
    FURTHER_READING("Sources for further reading");

    private final String heading;

    RequiredSection(String heading) {
        this.heading = heading;
    }

    /** The heading as the source writes it, without {@code ## }. */
    public String heading() {
        return heading;
    }

    /** Whether a heading's text names this section; case and surrounding spaces do not matter. */
    public boolean isNamed(String text) {
        return heading.toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT));
    }

    /** The heading as a format writes it, quoted for messages: {@code '== Context'} for the marker {@code ==}. */
    public String written(String marker) {
        return "'" + marker + " " + heading + "'";
    }

    /** As Markdown writes it, quoted for messages: {@code '## Context'}. */
    @Override
    public String toString() {
        return written("##");
    }
}
