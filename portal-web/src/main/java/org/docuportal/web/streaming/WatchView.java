package org.docuportal.web.streaming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.CatalogService;
import org.docuportal.catalog.application.TitleDetails;
import org.docuportal.shared.application.NotFoundException;

/**
 * The player page. The page itself only names the film and where to start; the player's script
 * starts the playback session through the API, so that a refusal (no license, all streams in use)
 * is shown in the page with its reason, and the lease is taken only when someone presses play.
 */
@Named
@RequestScoped
public class WatchView {

    @Inject
    private CatalogService catalog;

    private String slug;
    private Integer start;
    private String screener;
    private TitleDetails title;

    public void load() {
        if (slug != null) {
            try {
                title = catalog.details(slug);
            } catch (NotFoundException e) {
                title = null;
            }
        }
    }

    public boolean isFound() {
        return title != null;
    }

    public TitleDetails getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** Where to start, in seconds: a chapter or a study guide's timecode. */
    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start == null || start < 0 ? null : start;
    }

    public String getScreener() {
        return screener;
    }

    public void setScreener(String screener) {
        this.screener = screener;
    }
}
