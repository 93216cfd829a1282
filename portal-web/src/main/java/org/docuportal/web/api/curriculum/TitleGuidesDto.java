package org.docuportal.web.api.curriculum;

import java.util.List;

import org.docuportal.curriculum.application.TitleGuides;

/**
 * A title's study guides and whether the caller may download them.
 *
 * @param title the title's slug
 * @param downloadable whether the caller may read and download the guides
 * @param access why (not), in a sentence for the caller
 * @param guides one guide per audience
 */
public record TitleGuidesDto(String title, String titleName, boolean downloadable, String access, List<GuideDto> guides) {

    static TitleGuidesDto of(TitleGuides guides) {
        return new TitleGuidesDto(guides.titleSlug(), guides.titleName(), guides.access().granted(),
                guides.access().explanation(), guides.guides().stream().map(GuideDto::of).toList());
    }
}
