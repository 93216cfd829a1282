package org.docuportal.catalog.domain;

import java.util.List;

/** One page of catalog entries and how many entries match in all. */
public record CatalogPage(List<CatalogEntry> entries, int page, int size, long totalEntries) {

    public CatalogPage {
        entries = List.copyOf(entries);
    }

    public int totalPages() {
        return (int) ((totalEntries + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
