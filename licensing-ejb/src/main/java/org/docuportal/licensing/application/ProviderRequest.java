package org.docuportal.licensing.application;

/**
 * What a payment provider answered to a request for an order.
 *
 * @param providerReference where the provider keeps it (a checkout session, an invoice)
 * @param redirectUrl where the buyer pays, for a payment page; null for an invoice
 */
public record ProviderRequest(String providerReference, String redirectUrl) {
}
