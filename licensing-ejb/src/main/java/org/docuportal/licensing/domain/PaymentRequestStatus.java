package org.docuportal.licensing.domain;

/**
 * Where the call to the payment provider for an order stands. The order is committed before any
 * call, so that the provider never holds an invoice or a payment page for an order the portal does
 * not have; the call is then made, and retried, after commit.
 */
public enum PaymentRequestStatus {
    /** The payment method calls no provider (a purchase order recorded by hand). */
    NONE,
    /** Not made yet, or failed and due again at the order's next attempt time. */
    PENDING,
    /** The provider took it: the invoice went out, or the payment page exists. */
    SENT,
    /** Given up: the provider refused it, or did not answer after every attempt. Shown to the buyer and the administrators. */
    FAILED
}
