package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.OrderStatus;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The order's own transaction, which commits before any payment provider is called
 * ({@link OrderService#placeOrder}).
 *
 * <p>The quote is locked while it is ordered, so that of members ordering it from several browsers
 * at once one decides at a time: the first places the order; the others find it and are refused
 * with a 409 naming it. Only a card payment is resumed: the same member ordering again by card gets
 * the order back, to be sent to its payment page again (after closing it, or after the provider failed).
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
public class OrderPlacement {

    /**
     * The committed order as the buyer sees it, what its payment method needs to call the provider,
     * and whether this call placed it (rather than finding the caller's own earlier one).
     */
    public record Placed(OrderView view, PaymentOrder order, boolean isNew) {
    }

    @Inject
    private LicensingRepository licensing;

    @Inject
    private CallerQuotes quotes;

    @Inject
    private SecurityContext security;

    @Inject
    private PurchaseNotifications notifications;

    @Inject
    private Clock clock;

    public Placed place(long quoteId, PaymentMethod method, String purchaseOrderNumber) {
        quotes.ownQuote(quoteId);
        Quote quote = licensing.quoteForUpdate(quoteId)
                .orElseThrow(() -> new NotFoundException("Your institution has no quote " + quoteId + "."));
        String caller = security.getCallerPrincipal().getName();
        Optional<LicenseOrder> earlier = licensing.orderForQuote(quote);
        if (earlier.isPresent()) {
            LicenseOrder order = earlier.get();
            if (method.redirectsBuyer() && order.orderedBy().equals(caller) && order.paymentMethod().equals(method.id())
                    && order.status() == OrderStatus.AWAITING_PAYMENT) {
                return new Placed(OrderView.of(order, method.begin(order)), PaymentOrder.of(order), false);
            }
            throw new ConflictException("Quote " + quote.reference() + " was ordered already, as order " + order.reference() + ".");
        }
        try {
            quote.markOrdered(LocalDate.now(clock));
        } catch (IllegalStateException e) {
            throw ConflictException.of(e);
        }
        LicenseOrder order;
        try {
            order = new LicenseOrder(quote, method.id(), purchaseOrderNumber, caller, clock.instant(), method.callsProvider());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("purchaseOrderNumber", "A purchase order number has at most 100 characters.");
        }
        licensing.add(order);
        notifications.orderPlaced(order);
        return new Placed(OrderView.of(order, method.begin(order)), PaymentOrder.of(order), true);
    }
}
