package org.docuportal.catalog.application;

/**
 * Something wrong in an avails file, said so that the distributor who wrote it can fix it.
 *
 * @param line    the physical line of the file, the header being line 1
 * @param column  the header name of the column at fault, or null when the problem is the whole
 *                line or file (a line with too many values, a repeated line, an empty file)
 * @param message a sentence in plain language, such as "'XX' is not an ISO 3166-1 country code."
 */
public record AvailsProblem(int line, String column, String message) {
}
