package org.docuportal.catalog.application;

import java.util.List;

/** The values the catalog's filters offer: subjects and language tags in use. */
public record CatalogFacets(List<String> subjects, List<String> languages) {
}
