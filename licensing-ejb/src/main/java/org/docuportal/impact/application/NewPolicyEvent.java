package org.docuportal.impact.application;

/**
 * A policy event as an administrator enters it, every field still text, so that each can be
 * refused by name: the film's slug, the date (yyyy-mm-dd), the body, an optional country code
 * (empty for an international body), the reference and an optional note.
 */
public record NewPolicyEvent(String title, String date, String body, String country, String reference, String note) {
}
