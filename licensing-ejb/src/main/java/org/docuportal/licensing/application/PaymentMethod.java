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
 *
 * <p>A method that calls a provider says so ({@link #callsProvider()}): the order is then committed
 * first and {@link #request} is made after commit, outside any transaction, and retried until it
 * succeeds or is given up (see {@code PaymentRequestSender}). It must therefore be idempotent per
 * order: the same order requested twice makes one invoice or one payment page at the provider.
 */
public interface PaymentMethod {

    /** Stable id, kebab-case, such as {@code manual-po}; stored on orders. */
    String id();

    /** What buyers see, such as "Purchase order". */
    String label();

    /** Whether the method can be used with the portal's configuration. */
    boolean isAvailable();

    /** What to tell the buyer about a new order, in the order's transaction: no network call here. */
    PaymentStart begin(LicenseOrder order);

    /** Whether paying calls a provider through {@link #request}. */
    default boolean callsProvider() {
        return false;
    }

    /** Whether the buyer is sent to the provider's payment page ({@link ProviderRequest#redirectUrl()}) while they wait. */
    default boolean redirectsBuyer() {
        return false;
    }

    /**
     * Calls the provider for a committed order, idempotently (the order's reference is the key).
     *
     * @return where the provider keeps the payment, and where to send the buyer (or null)
     * @throws PaymentRequestException when the provider could not be reached or refused
     */
    default ProviderRequest request(PaymentOrder order) {
        throw new UnsupportedOperationException(id() + " calls no payment provider");
    }
}
