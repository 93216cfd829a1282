package org.docuportal.entitlement.application;

/** A screener request as someone fills it in; checked by {@link ScreenerService#request}. */
public record ScreenerForm(String titleSlug, String name, String organisation, String role, String reason, String email) {
}
