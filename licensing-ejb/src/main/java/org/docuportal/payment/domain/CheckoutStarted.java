package org.docuportal.payment.domain;

/**
 * A card payment the provider is ready to take.
 *
 * @param sessionId the provider's id of the payment page, to find the payment again
 * @param redirectUrl where to send the buyer's browser to pay
 */
public record CheckoutStarted(String sessionId, String redirectUrl) {

    public CheckoutStarted {
        PaymentRequests.required(sessionId, "sessionId");
        PaymentRequests.required(redirectUrl, "redirectUrl");
    }
}
