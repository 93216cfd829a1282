package org.docuportal.catalog.application;

/**
 * What an avails import did: how many rows it read, how many rights windows it added and how
 * many it skipped because the title already had exactly that window.
 */
public record AvailsImportReport(int rows, int added, int unchanged) {
}
