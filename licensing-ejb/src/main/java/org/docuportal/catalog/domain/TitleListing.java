package org.docuportal.catalog.domain;

/** One line of the studio's list of titles: enough to find a title and see where it stands. */
public record TitleListing(String slug, String title, String originalTitle, TitleStatus status,
                           TitlePublication publication, boolean hasPoster) {
}
