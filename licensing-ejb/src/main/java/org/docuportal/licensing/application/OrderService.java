package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.PaymentRequestStatus;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * Orders: a member orders an open quote with one of the available payment methods; platform
 * administrators record purchase-order payments by hand, which issues the license.
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
public class OrderService {

    @Inject
    private AuditTrail audit;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private CallerQuotes quotes;

    @Inject
    @Any
    private Instance<PaymentMethod> paymentMethods;

    @Inject
    private LicenseIssuer issuer;

    @Inject
    private OrderPlacement placement;

    @Inject
    private PaymentRequestSender sender;

    @Inject
    private PaymentRequestLedger ledger;

    @Inject
    private Clock clock;

    /** The payment methods buyers may choose with the portal's configuration. */
    public List<PaymentMethod> availableMethods() {
        return paymentMethods.stream().filter(PaymentMethod::isAvailable).toList();
    }

    /**
     * Places an order, committed before any payment provider is called, then makes the first call
     * for it. An invoice that cannot be sent now is retried ({@link PaymentRequestRound}); the
     * buyer is told it follows. A card payment page is needed while the buyer waits: if the
     * provider cannot make one, the buyer is told so (502) and ordering again by card resumes the same order.
     *
     * @throws InvalidInputException naming {@code paymentMethod} or {@code purchaseOrderNumber}
     * @throws ConflictException when the quote cannot be ordered, or was ordered already (except a card order resumed)
     * @throws PaymentRequestFailedException when a card payment page could not be made now
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OrderView placeOrder(long quoteId, String paymentMethodId, String purchaseOrderNumber) {
        PaymentMethod method = availableMethods().stream().filter(m -> m.id().equals(paymentMethodId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("paymentMethod", "Choose one of the payment methods offered: "
                        + availableMethods().stream().map(PaymentMethod::id).toList() + "."));
        OrderPlacement.Placed placed = placement.place(quoteId, method, purchaseOrderNumber);
        OrderView view = placed.view();
        if (view.paymentRequest() == PaymentRequestStatus.PENDING && placed.isNew()) {
            PaymentRequestSender.Outcome outcome = sender.first(view.id());
            if (outcome.sent() != null) {
                return view.after(PaymentRequestStatus.SENT, outcome.sent().redirectUrl(), null, null);
            }
            if (outcome.error() != null) {
                return failed(view, method, outcome);
            }
            return view;
        }
        if (view.paymentRequest() != PaymentRequestStatus.NONE && method.redirectsBuyer()) {
            // The caller's own earlier order: the provider's idempotency key gives back the same payment page.
            try {
                return view.after(view.paymentRequest(), method.request(placed.order()).redirectUrl(), null, null);
            } catch (PaymentRequestException e) {
                throw new PaymentRequestFailedException(view.reference(), e.isRetryable());
            }
        }
        return view;
    }

    private static OrderView failed(OrderView view, PaymentMethod method, PaymentRequestSender.Outcome outcome) {
        if (method.redirectsBuyer()) {
            throw new PaymentRequestFailedException(view.reference(), !outcome.givenUp());
        }
        if (outcome.givenUp()) {
            return view.after(PaymentRequestStatus.FAILED, null, outcome.error(), "Order " + view.reference()
                    + " is recorded, but the payment provider refused its invoice. The distributor's administrators see it"
                    + " and will contact you.");
        }
        return view.after(PaymentRequestStatus.PENDING, null, outcome.error(), "Order " + view.reference()
                + " is recorded. The payment provider could not be reached just now; the invoice follows as soon as it can"
                + " be sent.");
    }

    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public List<OrderView> awaitingPayment() {
        return licensing.ordersAwaitingPayment().stream().map(o -> OrderView.of(o, null)).toList();
    }

    /**
     * Tries a given-up payment-provider request once more, now (the provider was down for hours, or a
     * setting at the provider was fixed); if it fails again for a reason worth retrying, the usual
     * backoff follows. The attempt is claimed like any other, so no server makes it twice.
     *
     * @throws NotFoundException when there is no such order
     * @throws ConflictException when its request is not given up
     */
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OrderView retryPaymentRequest(long orderId) {
        ledger.reopen(orderId);
        sender.retry(orderId);
        return ledger.view(orderId).orElseThrow(() -> new NotFoundException("There is no order " + orderId + "."));
    }

    /** Records a purchase-order payment that arrived outside the portal, and issues the license. */
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public LicenseView recordPayment(long orderId, String note) {
        LicenseOrder order = licensing.order(orderId)
                .orElseThrow(() -> new NotFoundException("There is no order " + orderId + "."));
        if (!ManualPurchaseOrderPayment.ID.equals(order.paymentMethod())) {
            throw new ConflictException("Order " + order.reference() + " is paid through " + order.paymentMethod()
                    + "; its payment is recorded when the provider confirms it.");
        }
        Snapshot before = LicensingSnapshots.of(order);
        try {
            order.markPaid(clock.instant(), note == null ? null : note.strip());
        } catch (IllegalStateException e) {
            throw ConflictException.of(e);
        }
        audit.record(AuditAction.PAYMENT_RECORDED, LicensingSnapshots.subject(order), before,
                LicensingSnapshots.of(order).with("note", note == null ? null : note.strip()));
        return LicenseView.of(issuer.issueFor(order), LocalDate.now(clock));
    }
}
