package org.docuportal.web.it;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Membership;
import org.docuportal.institution.domain.MembershipStatus;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicenseTerm;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;
import org.docuportal.licensing.domain.Quote;

/**
 * For tests inside the server: an approved school, its members and paid orders of the demo film,
 * written straight through the repositories (in the test's transaction), where a test needs what no
 * API allows, such as orders issued on an earlier day or a term of a few days.
 */
@ApplicationScoped
public class InServerPurchases {

    static final String FILM = "kim-il-sungs-children";

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private AccountRepository accounts;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private TitleRepository titles;

    /** A school like the demo one (type, country, size), approved, with the email domain {@code <prefix>-<tag>.example}. */
    Institution approvedSchool(String name, String prefix, String tag, Instant now) {
        Institution demo = institutions.membershipOf("teacher@demo.example").map(Membership::institution).orElseThrow();
        Institution school = new Institution(name, demo.type(), demo.country(), "1 Test Road", null,
                prefix.toUpperCase() + "-" + tag, Set.of(prefix + "-" + tag + ".example"), Set.of(), demo.sizeBand(), now);
        institutions.add(school);
        institutions.add(school.decide(Institution.Decision.APPROVE, "Test institution", "reviewer@demo.example", now));
        return school;
    }

    /** An active member of the school, with an account that cannot sign in by password. */
    Account member(Institution school, String email, String name, Role role, Instant now) {
        Account account = new Account(email, name, "not-a-password-hash", EnumSet.of(role), now);
        accounts.add(account);
        institutions.add(new Membership(school, account, role, MembershipStatus.ACTIVE, now));
        return account;
    }

    /** The demo film's active offer of that kind with a price for the school. */
    Offer offer(Institution school, OfferKind kind) {
        return licensing.offersFor(titles.findBySlug(FILM).orElseThrow()).stream()
                .filter(o -> o.kind() == kind && o.isActive() && o.priceFor(school.type(), school.sizeBand()).isPresent())
                .findFirst().orElseThrow();
    }

    /** A quote of the offer for that term, ordered by purchase order and paid. */
    LicenseOrder paidOrder(Institution school, Offer offer, LicenseTerm term, String buyer, Instant now) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Quote quote = new Quote(school, offer, offer.priceFor(school.type(), school.sizeBand()).orElseThrow(), term, buyer,
                false, now, today);
        licensing.add(quote);
        quote.markOrdered(today);
        LicenseOrder order = new LicenseOrder(quote, "manual-po", null, buyer, now);
        licensing.add(order);
        order.markPaid(now, "Test payment");
        return order;
    }

    /** A quote of the offer for that term, ordered through a payment method that calls a provider: its request PENDING. */
    LicenseOrder providerOrder(Institution school, Offer offer, LicenseTerm term, String paymentMethod, String buyer, Instant now) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Quote quote = new Quote(school, offer, offer.priceFor(school.type(), school.sizeBand()).orElseThrow(), term, buyer,
                false, now, today);
        licensing.add(quote);
        quote.markOrdered(today);
        LicenseOrder order = new LicenseOrder(quote, paymentMethod, null, buyer, now, true);
        licensing.add(order);
        return order;
    }
}
