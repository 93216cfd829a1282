package org.docuportal.curriculum.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.docuportal.curriculum.CurriculumFormat;

/**
 * The formats guides may be written in: every {@link CurriculumFormat} bean on the class path.
 * Markdown comes with the portal and is the default; other formats come as jars of their own.
 */
@ApplicationScoped
public class CurriculumFormats {

    /** The format new guides start in when the editor chooses none. */
    static final String DEFAULT = "markdown";

    @Inject
    @Any
    private Instance<CurriculumFormat> found;

    /** Every format, the default first, then by name. */
    public List<CurriculumFormat> all() {
        return StreamSupport.stream(found.spliterator(), false)
                .sorted(Comparator.comparing((CurriculumFormat f) -> !f.name().equals(DEFAULT)).thenComparing(CurriculumFormat::name))
                .toList();
    }

    public Optional<CurriculumFormat> named(String name) {
        return all().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The format whose media type this is, ignoring parameters such as {@code charset} and case. */
    public Optional<CurriculumFormat> forMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip();
        return all().stream().filter(f -> f.mediaType().equalsIgnoreCase(bare)).findFirst();
    }

    /**
     * The format a stored source was written in.
     *
     * @throws IllegalStateException if the format's jar is no longer on the class path
     */
    CurriculumFormat of(String name) {
        return named(name).orElseThrow(() -> new IllegalStateException("no curriculum format named '" + name
                + "' is installed; the guides written in it cannot be read until its jar is back"));
    }
}
