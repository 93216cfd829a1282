package org.docuportal.licensing.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.OrderStatus;
import org.docuportal.licensing.domain.PaymentRequestStatus;
import org.docuportal.shared.domain.Money;

/**
 * An order, with where the buyer goes next ({@code redirectUrl}, e.g. a payment page) and
 * what they are told, when it was just placed; and where its call to the payment provider stands
 * ({@code paymentRequest}, with the provider's last error when it failed).
 */
public record OrderView(long id, String reference, long quoteId, String institution, String title, Money total,
                        String paymentMethod, String purchaseOrderNumber, OrderStatus status, Instant createdAt,
                        String redirectUrl, String instructions, PaymentRequestStatus paymentRequest,
                        String paymentRequestError) implements Serializable {

    static OrderView of(LicenseOrder o, PaymentStart start) {
        return new OrderView(o.id(), o.reference(), o.quote().id(), o.quote().institution().name(),
                o.quote().offer().title().title(), o.quote().total(), o.paymentMethod(), o.purchaseOrderNumber(),
                o.status(), o.createdAt(), start == null ? null : start.redirectUrl(),
                start == null ? null : start.instructions(), o.paymentRequest(), o.paymentRequestError());
    }

    /** The same order after a call to its provider. */
    OrderView after(PaymentRequestStatus request, String redirect, String error, String newInstructions) {
        return new OrderView(id, reference, quoteId, institution, title, total, paymentMethod, purchaseOrderNumber, status,
                createdAt, redirect, newInstructions == null ? instructions : newInstructions, request, error);
    }
}
