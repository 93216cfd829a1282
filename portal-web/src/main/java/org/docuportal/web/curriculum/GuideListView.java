package org.docuportal.web.curriculum;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.TitleStudio;
import org.docuportal.catalog.domain.TitleListing;
import org.docuportal.curriculum.application.GuideStudio;
import org.docuportal.curriculum.application.GuideSummary;

/**
 * The guide studio's list: every film of the catalog, drafts included, each with the guides written
 * for it so far. A film without guides is listed too, since starting its first guide is the point.
 */
@Named
@RequestScoped
public class GuideListView {

    @Inject
    private TitleStudio titles;

    @Inject
    private GuideStudio studio;

    private List<FilmGuides> films = List.of();

    /** Loaded when the bean is made, not by a view action: the New guide form's film choice is checked against it on a postback. */
    @PostConstruct
    void load() {
        Map<String, List<GuideSummary>> guidesByFilm = studio.overview().stream()
                .collect(Collectors.groupingBy(GuideSummary::titleSlug));
        films = titles.list(null).stream()
                .map(t -> new FilmGuides(t, guidesByFilm.getOrDefault(t.slug(), List.of())))
                .toList();
    }

    public List<FilmGuides> getFilms() {
        return films;
    }

    /** One film of the list and its guides, by audience and language as the studio returns them. */
    public record FilmGuides(TitleListing film, List<GuideSummary> guides) {
    }
}
