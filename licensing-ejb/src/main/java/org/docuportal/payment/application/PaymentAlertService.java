package org.docuportal.payment.application;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.payment.domain.PaymentAlert;
import org.docuportal.payment.domain.PaymentAlerts;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/** Payment alerts for platform administrators: the open ones, and resolving one with a note. */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class PaymentAlertService {

    @Inject
    private AuditTrail audit;

    @Inject
    private PaymentAlerts alerts;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    public List<PaymentAlertView> open() {
        return alerts.open().stream().map(PaymentAlertView::of).toList();
    }

    /**
     * @throws InvalidInputException naming {@code note}
     * @throws ConflictException when it was resolved already
     */
    public PaymentAlertView resolve(long id, String note) {
        PaymentAlert alert = alerts.alert(id).orElseThrow(() -> new NotFoundException("There is no payment alert " + id + "."));
        Snapshot before = snapshot(alert);
        try {
            alert.resolve(security.getCallerPrincipal().getName(), note, clock.instant());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("note", e.getMessage());
        } catch (IllegalStateException e) {
            throw ConflictException.of(e);
        }
        audit.record(AuditAction.PAYMENT_ALERT_RESOLVED, AuditSubject.of(id, alert.eventType() + " " + alert.eventId()), before,
                snapshot(alert));
        return PaymentAlertView.of(alert);
    }

    private static Snapshot snapshot(PaymentAlert alert) {
        return Snapshot.of().with("resolvedBy", alert.resolvedBy()).with("resolvedAt", alert.resolvedAt()).with("note", alert.resolutionNote());
    }
}
