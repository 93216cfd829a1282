package org.docuportal.curriculum;

import java.util.List;
import java.util.Objects;

/**
 * A study guide as read from its source: what its header says, the outline of its sections, its
 * chapter list, and the body its {@link CurriculumFormat} turns into the HTML of the web page and
 * the PDF. Only a format's {@link CurriculumFormat#read read} makes one, after checking the source,
 * so a guide always has the seven sections in order and a well-formed chapter list, whatever it was
 * written in.
 *
 * @param id film and audience
 * @param title the guide's title
 * @param language the BCP 47 tag of the guide's language
 * @param summary one or two sentences for catalog pages and the PDF's cover
 * @param sections the seven {@code ##} sections with their subsections, in order
 * @param chapters the chapter list, in the film's order
 * @param format the {@link CurriculumFormat#name() name} of the format that read it, which renders its body
 * @param body the source after its header (front matter, document attributes), in that format
 */
public record StudyGuide(GuideId id, String title, String language, String summary,
                         List<GuideSection> sections, List<Chapter> chapters, String format, String body) {

    public StudyGuide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(summary, "summary");
        sections = List.copyOf(sections);
        chapters = List.copyOf(chapters);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(body, "body");
    }

    /** The film's slug. */
    public String film() {
        return id.film();
    }

    public Audience audience() {
        return id.audience();
    }

    /**
     * The film's title as the guide's title names it: the words before the first {@code ": "}
     * ("Kim Il Sung's Children" of "Kim Il Sung's Children: a study guide ..."), or the whole
     * title. The front matter has no key of its own for it; the catalog holds the film's title.
     */
    public String filmTitle() {
        int colon = title.indexOf(": ");
        return colon > 0 ? title.substring(0, colon) : title;
    }
}
