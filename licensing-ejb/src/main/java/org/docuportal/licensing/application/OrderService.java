package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Quote;
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
    private LicensingRepository licensing;

    @Inject
    private CallerQuotes quotes;

    @Inject
    @Any
    private Instance<PaymentMethod> paymentMethods;

    @Inject
    private LicenseIssuer issuer;

    @Inject
    private jakarta.security.enterprise.SecurityContext security;

    @Inject
    private Clock clock;

    /** The payment methods buyers may choose with the portal's configuration. */
    public List<PaymentMethod> availableMethods() {
        return paymentMethods.stream().filter(PaymentMethod::isAvailable).toList();
    }

    public OrderView placeOrder(long quoteId, String paymentMethodId, String purchaseOrderNumber) {
        PaymentMethod method = availableMethods().stream().filter(m -> m.id().equals(paymentMethodId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("paymentMethod", "Choose one of the payment methods offered: "
                        + availableMethods().stream().map(PaymentMethod::id).toList() + "."));
        Quote quote = quotes.ownQuote(quoteId);
        try {
            quote.markOrdered(LocalDate.now(clock));
        } catch (IllegalStateException e) {
            throw ConflictException.of(e);
        }
        LicenseOrder order;
        try {
            order = new LicenseOrder(quote, method.id(), purchaseOrderNumber, security.getCallerPrincipal().getName(),
                    clock.instant());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("purchaseOrderNumber", "A purchase order number has at most 100 characters.");
        }
        licensing.add(order);
        return OrderView.of(order, method.begin(order));
    }

    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public List<OrderView> awaitingPayment() {
        return licensing.ordersAwaitingPayment().stream().map(o -> OrderView.of(o, null)).toList();
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
        try {
            order.markPaid(clock.instant(), note == null ? null : note.strip());
        } catch (IllegalStateException e) {
            throw ConflictException.of(e);
        }
        return LicenseView.of(issuer.issueFor(order));
    }
}
