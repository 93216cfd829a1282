package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.licensing.domain.QuoteStatus;

/**
 * A member's purchases: her institution's quotes with their orders and licenses, newest first,
 * and the number of quotes waiting for an administrator.
 *
 * <p>Institution administrators see every quote of the institution (they approve them and answer
 * for the budget); teachers and training officers see the quotes they asked for themselves. A
 * colleague's request is not one they can act on, and its decline reason is addressed to the
 * colleague; what the institution holds, which matters to every member, is on the licenses page,
 * and a quote overlapping a license already held warns of it.
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
public class PurchaseService {

    /** The most purchases one page lists. */
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private CallerQuotes callerQuotes;

    @Inject
    private Clock clock;

    /**
     * @param status only quotes in this status, or all when null
     * @param page   from 0
     * @param size   1 to {@link #MAX_PAGE_SIZE}
     */
    public PurchaseView.Page purchases(QuoteStatus status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page from 0, size from 1 to " + MAX_PAGE_SIZE);
        }
        Membership member = callerQuotes.activeMember();
        String requestedBy = member.role() == Role.INSTITUTION_ADMIN ? null : member.account().email();
        long total = licensing.countQuotes(member.institution(), requestedBy, status);
        List<Quote> quotes = total <= (long) page * size ? List.of()
                : licensing.quotesOf(member.institution(), requestedBy, status, page * size, size);
        Map<Long, LicenseOrder> orders = licensing.ordersFor(quotes).stream()
                .collect(Collectors.toMap(o -> o.quote().id(), Function.identity()));
        Map<Long, License> licenses = licensing.licensesFor(orders.values()).stream()
                .collect(Collectors.toMap(l -> l.order().id(), Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<PurchaseView> items = quotes.stream().map(q -> {
            LicenseOrder order = orders.get(q.id());
            return PurchaseView.of(q, order, order == null ? null : licenses.get(order.id()), today);
        }).toList();
        return new PurchaseView.Page(items, page, size, total);
    }

    /** How many of the institution's quotes wait for an administrator's approval: one count, for the navigation. */
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    public long awaitingApproval() {
        Membership member = callerQuotes.activeMember();
        return member.role() == Role.INSTITUTION_ADMIN
                ? licensing.countQuotes(member.institution(), null, QuoteStatus.AWAITING_APPROVAL) : 0;
    }
}
