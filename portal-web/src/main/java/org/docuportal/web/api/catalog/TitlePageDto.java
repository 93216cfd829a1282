package org.docuportal.web.api.catalog;

import java.util.List;

/** One page of the catalog; {@code page} counts from 0. */
public record TitlePageDto(List<TitleSummaryDto> items, int page, int size, long totalItems, int totalPages) {
}
