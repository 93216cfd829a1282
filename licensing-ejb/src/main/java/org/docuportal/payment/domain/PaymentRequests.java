package org.docuportal.payment.domain;

/** The checks the payment requests share, so that a request Stripe would refuse fails here first. */
final class PaymentRequests {

    /**
     * Longest order reference: it becomes part of idempotency keys (at most 255 characters at
     * Stripe) and a metadata value (at most 500).
     */
    static final int MAX_ORDER_REFERENCE = 200;

    private PaymentRequests() {
    }

    static String orderReference(String reference) {
        String value = required(reference, "orderReference");
        if (value.length() > MAX_ORDER_REFERENCE || !value.equals(value.strip())) {
            throw new IllegalArgumentException("an order reference has at most " + MAX_ORDER_REFERENCE
                    + " characters and no surrounding spaces: '" + reference + "'");
        }
        return value;
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
