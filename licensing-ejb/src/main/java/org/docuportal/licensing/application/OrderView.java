package org.docuportal.licensing.application;

import java.time.Instant;

import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.OrderStatus;
import org.docuportal.shared.domain.Money;

/**
 * An order, with where the buyer goes next ({@code redirectUrl}, e.g. a payment page) and
 * what they are told, when it was just placed.
 */
public record OrderView(long id, String reference, long quoteId, String institution, String title, Money total,
                        String paymentMethod, String purchaseOrderNumber, OrderStatus status, Instant createdAt,
                        String redirectUrl, String instructions) {

    static OrderView of(LicenseOrder o, PaymentStart start) {
        return new OrderView(o.id(), o.reference(), o.quote().id(), o.quote().institution().name(),
                o.quote().offer().title().title(), o.quote().total(), o.paymentMethod(), o.purchaseOrderNumber(),
                o.status(), o.createdAt(), start == null ? null : start.redirectUrl(),
                start == null ? null : start.instructions());
    }
}
