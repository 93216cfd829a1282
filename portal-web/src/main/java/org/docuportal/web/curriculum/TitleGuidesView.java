package org.docuportal.web.curriculum;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.curriculum.application.GuideChapterView;
import org.docuportal.curriculum.application.GuideView;
import org.docuportal.curriculum.application.StudyGuideService;
import org.docuportal.curriculum.application.TitleGuides;
import org.docuportal.shared.application.NotFoundException;

/**
 * The "study guides" box of a title's page: each audience's guide with its summary, whether the
 * caller may download it, and the film's chapters.
 */
@Named
@RequestScoped
public class TitleGuidesView {

    @Inject
    private StudyGuideService guides;

    private TitleGuides titleGuides;

    public void load(String slug) {
        if (slug == null || slug.isBlank()) {
            return;
        }
        try {
            titleGuides = guides.guidesOf(slug);
        } catch (NotFoundException e) {
            titleGuides = null; // the title page itself answers 404
        }
    }

    public boolean isPresent() {
        return titleGuides != null && !titleGuides.guides().isEmpty();
    }

    public List<GuideView> getGuides() {
        return titleGuides == null ? List.of() : titleGuides.guides();
    }

    public boolean isDownloadable() {
        return titleGuides != null && titleGuides.access().granted();
    }

    public String getAccess() {
        return titleGuides == null ? "" : titleGuides.access().explanation();
    }

    /** The film's chapters, as the guides list them (every audience's guide has the same chapters). */
    public List<GuideChapterView> getChapters() {
        return Optional.ofNullable(titleGuides).flatMap(t -> t.guides().stream().findFirst())
                .map(GuideView::chapters).orElse(List.of());
    }
}
