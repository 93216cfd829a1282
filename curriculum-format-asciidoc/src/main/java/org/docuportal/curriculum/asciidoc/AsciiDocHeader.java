package org.docuportal.curriculum.asciidoc;

import java.util.Optional;

import org.docuportal.curriculum.GuideHeader;
import org.docuportal.curriculum.ProblemList;

/**
 * The five header values of an AsciiDoc guide: the document title ({@code = ...}) is the title, and
 * the attributes {@code :film:}, {@code :audience:}, {@code :language:} and {@code :summary:} the rest.
 */
final class AsciiDocHeader implements GuideHeader {

    private static final String TITLE = "title";

    private final AsciiDocSource source;

    AsciiDocHeader(AsciiDocSource source) {
        this.source = source;
    }

    @Override
    public Optional<String> value(String key) {
        return TITLE.equals(key) ? source.titleLine().flatMap(line -> source.attribute("doctitle")) : source.attribute(key);
    }

    @Override
    public int line(String key) {
        Optional<Integer> line = TITLE.equals(key) ? source.titleLine() : source.attributeLine(key);
        return line.orElse(source.titleLine().orElse(1));
    }

    /** Adds a problem for each header value that is missing or empty. */
    void checkPresent(ProblemList problems) {
        for (String key : KEYS) {
            if (value(key).isPresent()) {
                continue;
            }
            if (TITLE.equals(key)) {
                problems.add(1, "missing document title: a guide starts with a '= Title' line, then the attributes "
                        + ":film:, :audience:, :language: and :summary:");
            } else if (source.attributeLine(key).isPresent()) {
                problems.add(line(key), "attribute ':" + key + ":' is empty");
            } else {
                problems.add(line(key), "missing attribute ':" + key + ":' in the header below the title");
            }
        }
    }
}
