package org.docuportal.curriculum;

import java.util.List;
import java.util.Optional;

/**
 * The five named values every guide starts with, however its format writes them (YAML front matter
 * in Markdown, document attributes in AsciiDoc), with the source line of each so that
 * {@link GuideRules} can name it in a problem.
 */
public interface GuideHeader {

    /** The keys every guide has, and the only ones it may have. */
    List<String> KEYS = List.of("film", "audience", "title", "language", "summary");

    /** A key's value, stripped; empty if the key is missing or blank (which the format reports). */
    Optional<String> value(String key);

    /** The 1-based source line of a key, or where a missing key belongs. */
    int line(String key);
}
