package org.docuportal.licensing.domain;

/** Where an order's payment stands. */
public enum OrderStatus {
    AWAITING_PAYMENT,
    PAID,
    REFUNDED,
    CANCELLED
}
