package org.docuportal.curriculum.application;

import java.util.List;

/**
 * A title's study guides, one for each audience, and whether the caller may download them.
 *
 * @param titleSlug the title's slug
 * @param titleName the title as the catalog names it
 * @param access whether the caller may read and download them, and why
 * @param guides the guides, by audience
 */
public record TitleGuides(String titleSlug, String titleName, GuideAccess access, List<GuideView> guides) {
}
