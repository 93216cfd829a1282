package org.docuportal.curriculum.application;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.catalog.domain.Title;
import org.docuportal.curriculum.Chapter;
import org.docuportal.curriculum.GuideId;
import org.docuportal.curriculum.GuideProblem;
import org.docuportal.curriculum.GuideTemplate;
import org.docuportal.curriculum.StudyGuide;
import org.docuportal.curriculum.Timecode;
import org.docuportal.media.domain.MediaRepository;
import org.docuportal.media.domain.TitleMedia;

/**
 * How a guide fits its film as the catalog and the media know it: a timecode after the film's end
 * is an error (the link would lead nowhere); a chapter that starts where the film has no chapter is
 * only noted, since guides may mark moments the film's own chapter list does not.
 */
@ApplicationScoped
class FilmFit {

    /** How far a guide's chapter may start from the film's chapter and still count as the same one. */
    static final int CHAPTER_TOLERANCE_SECONDS = 30;

    @Inject
    private MediaRepository media;

    /** Timecodes after the film's end, by line; empty if the film's length is not known yet. */
    List<GuideProblem> errors(Title title, StudyGuide guide, String location) {
        List<GuideProblem> problems = new ArrayList<>();
        int runtime = runtimeSeconds(title);
        if (runtime <= 0) {
            return problems;
        }
        for (Chapter chapter : guide.chapters()) {
            if (chapter.seconds() >= runtime) {
                problems.add(new GuideProblem(location, Math.max(1, chapter.line()), "chapter \u201c" + chapter.name()
                        + "\u201d starts at " + chapter.start() + ", after the film ends (" + new Timecode(runtime) + ")"));
            }
        }
        return problems;
    }

    /** Chapters of the guide that start where the film has no chapter, when the film has chapters. */
    List<GuideProblem> notes(Title title, StudyGuide guide) {
        List<org.docuportal.media.domain.Chapter> filmChapters = filmChapters(title);
        List<GuideProblem> notes = new ArrayList<>();
        if (filmChapters.isEmpty()) {
            return notes;
        }
        for (Chapter chapter : guide.chapters()) {
            boolean matches = filmChapters.stream().anyMatch(c ->
                    Math.abs(c.startMillis() / 1000 - chapter.seconds()) <= CHAPTER_TOLERANCE_SECONDS);
            if (!matches) {
                notes.add(new GuideProblem(guide.id().path(), Math.max(1, chapter.line()), "note: the film has no chapter near "
                        + chapter.start() + "; check the timecode against the player"));
            }
        }
        return notes;
    }

    /** What a new guide for the film starts from. */
    GuideTemplate template(Title title, GuideId id) {
        List<GuideTemplate.FilmChapter> chapters = filmChapters(title).stream()
                .map(c -> new GuideTemplate.FilmChapter(new Timecode((int) (c.startMillis() / 1000)), c.name())).toList();
        return new GuideTemplate(id, title.title(), title.synopsis(), runtimeSeconds(title), title.subjects(), chapters);
    }

    /**
     * The longer of the packaged media's length and the catalog's running time, 0 if neither is
     * known. The longer, because either may lag the other: a cut uploaded before the catalog is
     * corrected, or a stand-in clip (as in the demo) before the film is delivered.
     */
    private int runtimeSeconds(Title title) {
        int packaged = media.titleMedia(title.id()).filter(TitleMedia::isPackaged).map(TitleMedia::durationMillis)
                .map(ms -> (int) (ms / 1000)).orElse(0);
        int catalog = title.runtimeMinutes() == null ? 0 : title.runtimeMinutes() * 60;
        return Math.max(packaged, catalog);
    }

    private List<org.docuportal.media.domain.Chapter> filmChapters(Title title) {
        return media.titleMedia(title.id()).map(m -> m.chapters().list()).orElse(List.of());
    }
}
