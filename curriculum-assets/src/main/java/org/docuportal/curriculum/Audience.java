package org.docuportal.curriculum;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a study guide is written for. Every film's guides come in these three editions, as the
 * producer's plan asks for use in human-rights, history and military education.
 *
 * <p>A guide's source file is named after its audience in lower case with dashes
 * ({@code secondary-school.md}); its front matter names the constant ({@code SECONDARY_SCHOOL}).
 */
public enum Audience {
    /** Secondary schools: human-rights and history education. */
    SECONDARY_SCHOOL,
    /** Universities: the Cold War and Korean history. */
    UNIVERSITY,
    /** Military and government training: the law of armed conflict and the history behind the film. */
    MILITARY_TRAINING;

    /** The source file's name without {@code .md}, such as {@code military-training}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The audience whose {@link #fileName()} this is. */
    public static Optional<Audience> fromFileName(String fileName) {
        return Arrays.stream(values()).filter(a -> a.fileName().equals(fileName)).findFirst();
    }

    /** The audience whose constant this is, as written in a guide's front matter. */
    public static Optional<Audience> fromName(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
