package org.docuportal.licensing.application;

/**
 * How a payment continues: {@code redirectUrl} where the buyer's browser goes (a payment page),
 * or null when nothing is to be done in the browser; {@code instructions} for the buyer.
 */
public record PaymentStart(String redirectUrl, String instructions) {
}
