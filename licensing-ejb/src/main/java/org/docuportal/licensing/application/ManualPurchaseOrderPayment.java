package org.docuportal.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.shared.config.Setting;

/**
 * Purchase orders handled by hand, for portals without a Stripe key (the embedded default):
 * the institution sends its purchase order and pays the distributor's invoice its own way, and
 * a platform administrator records the payment, which issues the license.
 */
@ApplicationScoped
public class ManualPurchaseOrderPayment implements PaymentMethod {

    public static final String ID = "manual-po";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Purchase order (recorded by the distributor)";
    }

    @Override
    public boolean isAvailable() {
        return Setting.STRIPE_SECRET_KEY.value().isEmpty();
    }

    @Override
    public PaymentStart begin(LicenseOrder order) {
        String po = order.purchaseOrderNumber() == null ? "" : " (your PO " + order.purchaseOrderNumber() + ")";
        return new PaymentStart(null, "Order " + order.reference() + po + " is recorded. The distributor invoices "
                + order.quote().total() + " and issues the license as soon as the payment arrives.");
    }
}
