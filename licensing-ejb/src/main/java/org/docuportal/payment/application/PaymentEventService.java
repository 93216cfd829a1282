package org.docuportal.payment.application;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.licensing.application.LicenseIssuer;
import org.docuportal.licensing.application.LicenseNotifications;
import org.docuportal.licensing.application.LicensingSnapshots;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.OrderStatus;
import org.docuportal.payment.domain.PaymentAlert;
import org.docuportal.payment.domain.PaymentAlerts;
import org.docuportal.payment.domain.PaymentEvent;
import org.docuportal.payment.domain.ProcessedPaymentEvent;

/**
 * Applies a verified payment event exactly once: a paid checkout or invoice issues the
 * order's license, a refund revokes it. The event id is recorded in the same transaction, so a
 * repeated delivery changes nothing, and a failure leaves nothing behind for the provider's
 * retry. Events that arrive out of order are judged by the order's own state. A payment or refund
 * for an order this portal does not know raises a {@link PaymentAlert} for the platform administrators.
 */
@Stateless
@PermitAll
public class PaymentEventService {

    private static final Logger LOG = Logger.getLogger(PaymentEventService.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private LicenseIssuer issuer;

    @Inject
    private LicenseNotifications licenseNotifications;

    @Inject
    private PaymentAlerts alerts;

    @Inject
    private Clock clock;

    /** @return false when the event had been handled before */
    public boolean handle(PaymentEvent event) {
        if (em.find(ProcessedPaymentEvent.class, event.eventId()) != null) {
            return false;
        }
        em.persist(new ProcessedPaymentEvent(event.eventId(), event.type().name(), clock.instant()));
        em.flush();
        switch (event.type()) {
            case CHECKOUT_COMPLETED, INVOICE_PAID -> order(event).ifPresentOrElse(this::paid, () -> alert(event));
            case CHARGE_REFUNDED -> order(event).ifPresentOrElse(this::refunded, () -> alert(event));
            case OTHER -> { }
        }
        return true;
    }

    /** Money moved for no order of ours: kept for the platform administrators, not only logged. */
    private void alert(PaymentEvent event) {
        alerts.add(PaymentAlert.unknownOrder(event, clock.instant()));
    }

    private void paid(LicenseOrder order) {
        if (order.status() == OrderStatus.AWAITING_PAYMENT || order.status() == OrderStatus.PAID) {
            order.markPaid(clock.instant(), "Confirmed by the payment provider");
            issuer.issueFor(order);
        } else {
            LOG.warning(() -> "Payment reported for order " + order.reference() + ", which is " + order.status()
                    + "; no license issued");
        }
    }

    private void refunded(LicenseOrder order) {
        order.markRefunded();
        Optional<License> license = licensing.licenseForOrder(order);
        Snapshot before = license.map(LicensingSnapshots::of).orElse(null);
        if (license.isPresent() && license.get().revoke("Payment refunded", clock.instant())) {
            audit.record(AuditAction.LICENSE_REVOKED, LicensingSnapshots.subject(license.get()), before,
                    LicensingSnapshots.of(license.get()));
            licenseNotifications.revoked(license.get());
        }
    }

    private Optional<LicenseOrder> order(PaymentEvent event) {
        Optional<LicenseOrder> order = Optional.empty();
        var id = LicenseOrder.idFromReference(event.orderReference());
        if (id.isPresent()) {
            order = licensing.order(id.getAsLong());
        }
        if (order.isEmpty() && event.stripeObjectId() != null) {
            order = licensing.orderByProviderReference(event.stripeObjectId());
        }
        if (order.isEmpty()) {
            LOG.warning(() -> "Payment event " + event.eventId() + " names no order of this portal");
        }
        return order;
    }
}
