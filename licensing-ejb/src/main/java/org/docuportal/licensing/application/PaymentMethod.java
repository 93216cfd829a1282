package org.docuportal.licensing.application;

import org.docuportal.licensing.domain.LicenseOrder;

/**
 * A way to pay for an order: a plugin, found by CDI like eligibility rules. The portal ships
 * card payment through Stripe Checkout, invoices through Stripe Invoicing and, where no Stripe
 * key is configured, purchase orders recorded by a platform administrator; another provider
 * is one more bean implementing this interface in a jar in {@code WEB-INF/lib}.
 *
 * <p>A method only starts a payment. The order becomes a license when the payment is known to
 * have arrived: by a verified notice from the provider, or by an administrator's record;
 * never by the buyer's browser coming back.
 */
public interface PaymentMethod {

    /** Stable id, kebab-case, such as {@code manual-po}; stored on orders. */
    String id();

    /** What buyers see, such as "Purchase order". */
    String label();

    /** Whether the method can be used with the portal's configuration. */
    boolean isAvailable();

    /** Starts paying for a new order: where to send the buyer, or what to tell them. */
    PaymentStart begin(LicenseOrder order);
}
