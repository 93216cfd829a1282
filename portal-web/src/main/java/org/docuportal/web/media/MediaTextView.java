package org.docuportal.web.media;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.docuportal.media.application.ChapterView;
import org.docuportal.media.application.MediaStudioService;
import org.docuportal.media.application.TrackView;
import org.docuportal.media.domain.Chapters;
import org.docuportal.media.domain.SubtitleProblem;
import org.docuportal.media.domain.SubtitleRejectedException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/** A title's media page, text part: subtitle tracks (upload, remove) and the chapters editor. */
@Named
@ViewScoped
public class MediaTextView implements Serializable {

    /**
     * Message keys of the page's subtitles and chapters forms (each form's {@code p:messages} shows
     * its own key only): a full-page upload would otherwise show its notice in all three forms.
     */
    static final String SUBTITLES = "subtitles";
    static final String CHAPTERS = "chapters";

    private static final long serialVersionUID = 1L;

    @Inject
    private MediaStudioService studio;

    @Inject
    private Messages messages;

    private String slug;
    private List<TrackView> tracks = List.of();
    private List<SubtitleProblem> problems = List.of();
    private final List<Row> chapters = new ArrayList<>();
    private String language;
    private String kind = "subtitles";
    /** The standard file input's part: PrimeFaces' skinned upload button hides its input in a way axe-core faults. */
    private transient Part file;

    /** One editable chapter row. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String start;
        private String name;

        public Row(String start, String name) {
            this.start = start;
            this.name = name;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @PostConstruct
    void load() {
        slug = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
        if (slug == null) {
            return;
        }
        try {
            tracks = studio.subtitles(slug);
            for (ChapterView chapter : studio.chapters(slug)) {
                chapters.add(new Row(chapter.start(), chapter.name()));
            }
        } catch (NotFoundException | IllegalArgumentException e) {
            slug = null;
        }
    }

    public void uploadSubtitles() throws IOException {
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            error(SUBTITLES, messages.get("media.chooseSubtitleFile"));
            return;
        }
        String name = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName().toLowerCase();
        boolean srt = name.endsWith(".srt");
        try {
            String text;
            try (var content = file.getInputStream()) {
                text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
            }
            TrackView track = studio.putSubtitles(slug, language, kind, text, srt);
            info(SUBTITLES, messages.get("media.subtitlesSaved", track.name(), track.cues()));
        } catch (SubtitleRejectedException e) {
            problems = e.problems();
            error(SUBTITLES, e.getMessage());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> error(SUBTITLES, v.message()));
        }
        tracks = studio.subtitles(slug);
    }

    public void removeSubtitles(TrackView track) {
        try {
            studio.deleteSubtitles(slug, track.language(), track.kind());
            info(SUBTITLES, messages.get("media.subtitlesRemoved", track.name()));
        } catch (NotFoundException e) {
            error(SUBTITLES, e.getMessage());
        }
        tracks = studio.subtitles(slug);
    }

    public void addChapter() {
        chapters.add(new Row("", ""));
    }

    public void removeChapter(Row row) {
        chapters.remove(row);
    }

    public void saveChapters() {
        List<Chapters.Draft> drafts = chapters.stream().map(r -> new Chapters.Draft(r.getStart(), r.getName())).toList();
        try {
            List<ChapterView> saved = studio.putChapters(slug, drafts);
            chapters.clear();
            saved.forEach(c -> chapters.add(new Row(c.start(), c.name())));
            info(CHAPTERS, messages.get("media.chaptersSaved", saved.size()));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> error(CHAPTERS, v.message()));
        }
    }

    private static void info(String key, String text) {
        FacesContext.getCurrentInstance().addMessage(key, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String key, String text) {
        FacesContext.getCurrentInstance().addMessage(key, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<TrackView> getTracks() {
        return tracks;
    }

    public List<SubtitleProblem> getProblems() {
        return problems;
    }

    public List<Row> getChapters() {
        return chapters;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
