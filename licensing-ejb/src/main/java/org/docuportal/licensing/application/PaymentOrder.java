package org.docuportal.licensing.application;

import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.shared.domain.Money;

/**
 * What a payment method needs to know of an order to call its provider: a snapshot, read in the
 * order's transaction and handed over after it ended, never the entity itself.
 *
 * @param reference the order's reference, such as "O-000123": the provider's idempotency key and metadata
 * @param description the invoice line or payment page text
 * @param total the amount to pay
 * @param orderedBy the buyer's address
 * @param institution the buyer's institution as printed on an invoice
 * @param purchaseOrderNumber the buyer's PO number, or null
 */
public record PaymentOrder(long id, String reference, String description, Money total, String orderedBy,
                           String institution, String purchaseOrderNumber) {

    static PaymentOrder of(LicenseOrder order) {
        var quote = order.quote();
        String description = quote.offer().describe() + ": " + quote.offer().title().title() + " (" + quote.term().start()
                + " to " + quote.term().end() + "), order " + order.reference();
        return new PaymentOrder(order.id(), order.reference(), description, quote.total(), order.orderedBy(),
                quote.institution().name(), order.purchaseOrderNumber());
    }
}
