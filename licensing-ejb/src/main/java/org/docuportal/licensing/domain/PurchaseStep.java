package org.docuportal.licensing.domain;

import java.time.LocalDate;

/**
 * What comes next for a quote and its order, as the institution's members and the API name it:
 * the one place that reads a quote's status, validity, order and license together.
 */
public enum PurchaseStep {
    /** The institution's administrator must approve or decline it. */
    AWAITING_APPROVAL,
    /** Open and within its validity: a member may order it. */
    READY_TO_ORDER,
    /** Ordered; the distributor waits for the payment. */
    AWAITING_PAYMENT,
    /** Paid: the license is issued (it may not have started yet, or may have ended since). */
    LICENSED,
    /** The administrator declined it; a new quote is needed. */
    DECLINED,
    /** Its validity passed before it was ordered; a new quote is needed. */
    EXPIRED,
    /** Its order was refunded or cancelled. */
    CLOSED;

    /**
     * @param order the quote's order, or null when it has none
     */
    public static PurchaseStep of(QuoteStatus status, LocalDate validUntil, OrderStatus order, LocalDate today) {
        if (order != null) {
            return switch (order) {
                case AWAITING_PAYMENT -> AWAITING_PAYMENT;
                case PAID -> LICENSED;
                case REFUNDED, CANCELLED -> CLOSED;
            };
        }
        return switch (status) {
            case DECLINED -> DECLINED;
            // An order placed in the same moment as this read is not lost: the order decides above.
            case ORDERED -> AWAITING_PAYMENT;
            case AWAITING_APPROVAL, OPEN -> today.isAfter(validUntil) ? EXPIRED
                    : status == QuoteStatus.OPEN ? READY_TO_ORDER : AWAITING_APPROVAL;
        };
    }
}
