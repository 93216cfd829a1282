package org.docuportal.catalog.domain;

/**
 * Fired when a title's searchable words may have changed, so that this server's search index
 * looks at the catalog again right after the commit instead of at its next periodic check.
 * Other servers notice through the {@link CatalogRevision} alone.
 */
public record CatalogTextChanged(String slug) {
}
