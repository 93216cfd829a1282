package org.docuportal.catalog.domain;

/**
 * A cheap fingerprint of the catalog's searchable text, read from the database so that every
 * server sees the same one: any title added, removed or edited changes it. Every change to a
 * title's words rewrites its search text column and so raises its {@code @Version}; a deletion
 * lowers the count.
 */
public record CatalogRevision(long titles, long highestId, long versions) {
}
