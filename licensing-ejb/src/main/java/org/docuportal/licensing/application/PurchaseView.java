package org.docuportal.licensing.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicenseState;
import org.docuportal.licensing.domain.OrderStatus;
import org.docuportal.licensing.domain.PurchaseStep;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.licensing.domain.QuoteStatus;
import org.docuportal.shared.domain.Money;

/**
 * A quote with its order and license, if any, and the {@link PurchaseStep} that comes next: one
 * row of a member's purchases. The order and license fields are null until they exist.
 *
 * @param watchable whether the license streams today (ACTIVE, a streaming kind), for a Watch link
 */
public record PurchaseView(long quoteId, String quoteReference, String titleSlug, String title, String offer,
                           LocalDate start, LocalDate end, Money total, Instant createdAt, LocalDate validUntil,
                           QuoteStatus status, String requestedBy, String decisionReason,
                           Long orderId, String orderReference, OrderStatus orderStatus, Instant orderedAt,
                           String purchaseOrderNumber, Long licenseId, String licenseReference, LicenseState licenseState,
                           boolean watchable, PurchaseStep nextStep) implements Serializable {

    /** The day the quote was asked for, on the portal's calendar (UTC, as its clock). */
    public LocalDate createdOn() {
        return LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
    }

    static PurchaseView of(Quote q, LicenseOrder order, License license, LocalDate today) {
        LicenseView l = license == null ? null : LicenseView.of(license, today);
        return new PurchaseView(q.id(), q.reference(), q.offer().title().slug(), q.offer().title().title(),
                q.offer().describe(), q.term().start(), q.term().end(), q.total(), q.createdAt(), q.validUntil(),
                q.status(), q.requestedBy(), q.decisionReason(),
                order == null ? null : order.id(), order == null ? null : order.reference(),
                order == null ? null : order.status(), order == null ? null : order.createdAt(),
                order == null ? null : order.purchaseOrderNumber(),
                l == null ? null : l.id(), l == null ? null : l.reference(), l == null ? null : l.state(),
                l != null && l.watchable(),
                PurchaseStep.of(q.status(), q.validUntil(), order == null ? null : order.status(), today));
    }

    /** One page of purchases; {@code page} counts from 0. */
    public record Page(java.util.List<PurchaseView> items, int page, int size, long totalItems) {

        public int totalPages() {
            return (int) ((totalItems + size - 1) / size);
        }
    }
}
