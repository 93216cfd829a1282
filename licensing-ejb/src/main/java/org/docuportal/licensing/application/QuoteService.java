package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.eligibility.application.CallerEligibilityService;
import org.docuportal.eligibility.domain.EligibilityDecision;
import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseState;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.licensing.domain.QuoteHorizon;
import org.docuportal.licensing.infrastructure.QuoteDocument;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.GoneException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.shared.config.Setting;
import org.docuportal.shared.domain.Money;

/**
 * Quotes: a member picks an offer and a start date, eligibility is checked again, and the
 * institution's price makes a quote (for a term starting between today and the
 * {@link QuoteHorizon} ahead: the API and the page both come here), which waits for the administrator's approval where the
 * institution asks for that. Members see only their own institution's quotes.
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
public class QuoteService {

    /** How many months ahead a term may start when {@link Setting#QUOTES_HORIZON_MONTHS} is not set. */
    public static final int QUOTE_HORIZON_MONTHS = 12;

    @Inject
    private AuditTrail audit;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private CallerMembership caller;

    @Inject
    private CallerEligibilityService eligibility;

    @Inject
    private CallerQuotes callerQuotes;

    @Inject
    private QuoteDocument documents;

    @Inject
    private PurchaseNotifications notifications;

    @Inject
    private Clock clock;

    public QuoteView requestQuote(long offerId, LocalDate start) {
        Membership member = callerQuotes.activeMember();
        if (start == null) {
            throw InvalidInputException.of("start", "Give the day the license starts, such as " + LocalDate.now(clock) + ".");
        }
        LocalDate today = LocalDate.now(clock);
        horizon().refusal("start", start, today)
                .ifPresent(refusal -> {
                    throw InvalidInputException.of("start", refusal);
                });
        Offer offer = licensing.offer(offerId)
                .orElseThrow(() -> new NotFoundException("There is no offer " + offerId + "."));
        if (!offer.isActive()) {
            throw new GoneException("Offer " + offerId + " (" + offer.describe() + ") is no longer sold; "
                    + "choose one of the title's current offers.");
        }
        EligibilityDecision decision = eligibility.evaluate(offer.title().slug(), offer.rightType(), start,
                offer.eligibilityMonths(), Locale.ENGLISH);
        if (!decision.eligible()) {
            throw new NotEligibleException(decision.failures());
        }
        Institution institution = member.institution();
        Money price = offer.priceFor(institution.type(), institution.sizeBand())
                .orElseThrow(() -> new ConflictException("This offer has no price for " + institution.type().label()
                        + " institutions of your size yet; please ask the distributor."));
        boolean needsApproval = institution.requiresPurchaseApproval() && member.role() != Role.INSTITUTION_ADMIN;
        Quote quote = new Quote(institution, offer, price, offer.termStarting(start), member.account().email(),
                needsApproval, clock.instant(), LocalDate.now(clock));
        licensing.add(quote);
        QuoteView view = view(quote);
        notifications.quoteCreated(quote, view);
        return view;
    }

    /**
     * A quote for the same offer as one of the institution's licenses, for the term that follows it:
     * from the day after its end (or today, when it has ended). It is an ordinary quote, so the
     * horizon, eligibility and today's price apply as to any other.
     *
     * @throws GoneException     when the license's offer is no longer sold
     * @throws ConflictException when the license is revoked, is a public screening (one day, not a term), or
     *                           ends so far ahead that its renewal would start beyond the quote horizon
     */
    public QuoteView renew(long licenseId) {
        Institution institution = callerQuotes.activeMember().institution();
        License license = licensing.license(licenseId).filter(l -> l.institution().id().equals(institution.id()))
                .orElseThrow(() -> new NotFoundException("Your institution has no license " + licenseId + "."));
        LocalDate today = LocalDate.now(clock);
        if (license.stateOn(today) == LicenseState.REVOKED) {
            throw new ConflictException("License " + license.reference() + " was revoked and cannot be renewed; "
                    + "ask for a new quote on the film's page.");
        }
        if (license.kind() == OfferKind.PUBLIC_SCREENING) {
            throw new ConflictException("License " + license.reference() + " is a single public screening; "
                    + "book another screening on the film's page.");
        }
        Offer offer = license.order().quote().offer();
        if (!offer.isActive()) {
            throw new GoneException("License " + license.reference() + " cannot be renewed as it was bought: its offer ("
                    + offer.describe() + ") has been withdrawn. Choose one of the film's current offers on its page.");
        }
        LocalDate start = license.renewalStart(today);
        QuoteHorizon horizon = horizon();
        if (start.isAfter(horizon.latestStart(today))) {
            throw new ConflictException("License " + license.reference() + " runs until " + license.term().end()
                    + "; a quote starts at most " + horizon.months() + " months ahead, so its renewal (from " + start
                    + ") can be quoted from " + start.minusMonths(horizon.months()) + ".");
        }
        return requestQuote(offer.id(), start);
    }

    private static QuoteHorizon horizon() {
        return new QuoteHorizon(Setting.QUOTES_HORIZON_MONTHS.intValueOr(QUOTE_HORIZON_MONTHS));
    }

    public QuoteView quote(long id) {
        return view(callerQuotes.ownQuote(id));
    }

    /** The quote as a PDF document, for the institution's purchasing office. */
    public byte[] pdf(long id) {
        return documents.render(view(callerQuotes.ownQuote(id)));
    }

    /** The quote with the institution's licenses that already hold some of its term. */
    private QuoteView view(Quote quote) {
        LocalDate today = LocalDate.now(clock);
        Offer offer = quote.offer();
        return QuoteView.of(quote, licensing.licensesOf(quote.institution()).stream()
                .filter(l -> l.holdsTermOf(offer.title(), offer.kind(), offer.rightType(), quote.term(), today))
                .map(l -> QuoteView.HeldLicense.of(l, today)).toList());
    }

    /** The institution administrator's answer to a member's purchase request. */
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    public QuoteView decide(long id, boolean approve, String reason) {
        Membership admin = caller.requireAdministrator();
        Quote quote = callerQuotes.ownQuote(id);
        Snapshot before = LicensingSnapshots.of(quote);
        try {
            if (approve) {
                quote.approve(admin.account().email(), reason);
            } else {
                quote.decline(admin.account().email(), reason);
            }
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("reason", "Give the reason for declining; the member reads it.");
        } catch (IllegalStateException e) {
            throw ConflictException.of(e);
        }
        audit.record(approve ? AuditAction.PURCHASE_APPROVED : AuditAction.PURCHASE_DECLINED, LicensingSnapshots.subject(quote),
                before, LicensingSnapshots.of(quote));
        notifications.quoteDecided(quote, admin.account().displayName());
        return view(quote);
    }
}
