package org.docuportal.licensing.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseState;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.licensing.domain.QuoteStatus;
import org.docuportal.shared.domain.Money;

/**
 * A quote as its institution's members see it.
 *
 * @param decidedBy the administrator who approved or declined it; null while it waits, or when it needed no approval
 */
public record QuoteView(long id, String reference, String institution, String titleSlug, String title,
                        String offer, LocalDate start, LocalDate end, List<Line> lines, Money total,
                        LocalDate validUntil, QuoteStatus status, String decisionReason, String requestedBy,
                        List<HeldLicense> overlapping, String decidedBy) implements Serializable {

    /** The day the quote was issued and eligibility checked: its validity runs from there. */
    public LocalDate issuedOn() {
        return validUntil.minusDays(Quote.VALID_DAYS);
    }

    /**
     * A license the institution already holds for the quote's title and right, with days in common
     * with the quoted term: buying the quote would pay for those days twice (or add streams, which
     * is why the portal warns rather than refuses).
     */
    public record HeldLicense(long id, String reference, LocalDate start, LocalDate end, LicenseState state)
            implements Serializable {

        static HeldLicense of(License l, LocalDate today) {
            return new HeldLicense(l.id(), l.reference(), l.term().start(), l.term().end(), l.stateOn(today));
        }
    }

    /** One line of the quote. */
    public record Line(String description, int quantity, Money unitPrice, Money amount) implements Serializable {
    }

    static QuoteView of(Quote q, List<HeldLicense> overlapping) {
        String currency = q.total().currency();
        return new QuoteView(q.id(), q.reference(), q.institution().name(), q.offer().title().slug(),
                q.offer().title().title(), q.offer().describe(), q.term().start(), q.term().end(),
                q.lines().stream().map(l -> new Line(l.description(), l.quantity(), Money.of(l.unitAmount(), currency),
                        Money.of(l.amount(), currency))).toList(),
                q.total(), q.validUntil(), q.status(), q.decisionReason(), q.requestedBy(),
                List.copyOf(overlapping), q.decidedBy());
    }
}
