package org.docuportal.curriculum;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The instructions a new guide's first draft carries in place of its text, in the guide's language
 * where a translation exists (English otherwise), from the {@code TemplateText} resource bundle. Every
 * format writes the same words in its own syntax, so a guide started in any format reads the same.
 */
public final class TemplateText {

    private static final String BUNDLE = "org.docuportal.curriculum.TemplateText";

    private final ResourceBundle bundle;
    private final Locale locale;

    private TemplateText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(List.of("java.properties")));
    }

    /** The words for a guide in this language. */
    public static TemplateText of(String language) {
        return new TemplateText(Locale.forLanguageTag(language));
    }

    /** The guide's title, on one line: the film's title and the audience. */
    public String title(String filmTitle, Audience audience) {
        return new MessageFormat(bundle.getString("title"), locale)
                .format(new Object[] {filmTitle.replaceAll("\\s+", " ").strip(), bundle.getString("audience." + audience.name())});
    }

    /** A placeholder summary, which the front matter requires to be non-empty. */
    public String summary() {
        return bundle.getString("summary");
    }

    /** What belongs in a required section. */
    public String section(RequiredSection section) {
        return bundle.getString("section." + section.name());
    }

    /** The heading of the one activity a draft starts with. */
    public String activity() {
        return bundle.getString("activity");
    }

    /** What that activity's text should say. */
    public String activityText() {
        return bundle.getString("activityText");
    }

    /** A name for the {@code n}th chapter when the film's media gives it none. */
    public String chapterName(int n) {
        return new MessageFormat(bundle.getString("chapterName"), locale).format(new Object[] {n});
    }

    /** What each chapter's line says after its name. */
    public String chapterText() {
        return bundle.getString("chapterText");
    }

    /**
     * The chapter list a draft starts with: the film's chapters in time order, each with the
     * placeholder text, or one chapter at {@code 00:00:00} when the film has none. A name is kept to
     * one line and free of colons (a chapter's name ends at its first colon); a blank one is numbered.
     */
    public List<Chapter> chapters(GuideTemplate film) {
        if (film.chapters().isEmpty()) {
            return List.of(new Chapter(new Timecode(0), noChapters(), chapterText()));
        }
        List<GuideTemplate.FilmChapter> sorted = film.chapters().stream()
                .sorted(Comparator.comparing(GuideTemplate.FilmChapter::start)).toList();
        List<Chapter> chapters = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            String name = sorted.get(i).name() == null ? "" : sorted.get(i).name()
                    .replace(":", " -").replaceAll("\\s+", " ").strip();
            chapters.add(new Chapter(sorted.get(i).start(), name.isEmpty() ? chapterName(i + 1) : name, chapterText()));
        }
        return chapters;
    }

    /** The name of the one placeholder chapter of a film whose media has no chapters yet. */
    private String noChapters() {
        return bundle.getString("noChapters");
    }
}
