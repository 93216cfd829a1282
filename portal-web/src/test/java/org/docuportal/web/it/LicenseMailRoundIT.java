package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.MailPreference;
import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Membership;
import org.docuportal.institution.domain.MembershipStatus;
import org.docuportal.licensing.application.LicenseCalendar;
import org.docuportal.licensing.application.LicenseIssuer;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.shared.mail.Mail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server: the hourly license round mails a license bought ahead on its first day,
 * every license 30 days before its end and when it has ended, each once, to the buyer and the
 * institution's administrator; a buyer who turned news and reminders off gets none of those, yet
 * still the essential receipt of her payment. The licenses are public screenings of a fresh
 * institution (a one-day term puts start, end and the reminder inside one round), with past issue
 * days written directly, which no API allows.
 */
@ExtendWith(ArquillianExtension.class)
class LicenseMailRoundIT {

    private static final String FILM = "kim-il-sungs-children";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(LicenseMailRoundIT.class, RecordedMail.class);
    }

    @Inject
    private LicenseCalendar calendar;

    @Inject
    private LicenseIssuer issuer;

    @Inject
    private RecordedMail mail;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private AccountRepository accounts;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private TitleRepository titles;

    @Resource
    private UserTransaction tx;

    @Test
    void theRoundMailsStartEndAndExpiryOnceAndAnOptedOutBuyerOnlyHerReceipt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin-" + tag + "@round-" + tag + ".example";
        String teacher = "teacher-" + tag + "@round-" + tag + ".example";
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();

        tx.begin();
        Institution demo = institutions.membershipOf("teacher@demo.example").map(Membership::institution).orElseThrow();
        Institution school = new Institution("Round School " + tag, demo.type(), demo.country(), "1 Test Road", null,
                "ROUND-" + tag, Set.of("round-" + tag + ".example"), Set.of(), demo.sizeBand(), now);
        institutions.add(school);
        institutions.add(school.decide(Institution.Decision.APPROVE, "Test institution", "reviewer@demo.example", now));
        Account adminAccount = member(school, admin, "Round Admin", Role.INSTITUTION_ADMIN, now);
        Account teacherAccount = member(school, teacher, "Round Teacher", Role.TEACHER, now);
        MailPreference quiet = new MailPreference(teacherAccount, now);
        quiet.change(false, false, now);
        accounts.add(quiet);

        Offer screening = screeningOffer(school);
        License ahead = issuer.issueFor(paidOrder(school, screening, today.plusDays(10), teacher, now));
        License startsToday = issued(paidOrder(school, screening, today, teacher, now), now.minus(Duration.ofDays(3)));
        License endedYesterday = issued(paidOrder(school, screening, today.minusDays(1), teacher, now), now.minus(Duration.ofDays(3)));
        tx.commit();

        assertEquals(1, mail.to(teacher, ahead.reference() + " for").size(), "the buyer's receipt, essential");
        assertEquals(List.of(ahead.reference() + ".pdf"),
                mail.to(teacher, ahead.reference()).get(0).attachments().stream().map(a -> a.fileName()).toList());
        assertEquals(1, mail.to(admin, ahead.reference() + " for").size(), "the administrator's copy");

        calendar.hourlyRound();
        calendar.hourlyRound();

        assertEquals(1, mail.to(admin, startsToday.reference() + " for " + startsToday.title().title() + " starts today").size());
        assertEquals(1, mail.to(admin, "ends on " + ahead.term().end()).size(), "the reminder of the license bought ahead");
        assertEquals(1, mail.to(admin, "ends on " + startsToday.term().end()).size(), "the reminder of today's screening");
        assertEquals(1, mail.to(admin, endedYesterday.reference() + " for " + endedYesterday.title().title() + " has ended").size());
        Mail reminder = mail.to(admin, "ends on " + ahead.term().end()).get(0);
        assertTrue(reminder.body().contains("Renew:") && reminder.body().contains("purchase/licenses.xhtml")
                && reminder.body().contains("account/tokens.xhtml#email"), reminder.body());
        assertTrue(reminder.html().contains("Email settings"), reminder.html());
        assertEquals(1, mail.to(teacher, "").size(), "the opted-out buyer gets only her receipt: " + mail.to(teacher, ""));
    }

    private Account member(Institution school, String email, String name, Role role, Instant now) {
        Account account = new Account(email, name, "not-a-password-hash", EnumSet.of(role), now);
        accounts.add(account);
        institutions.add(new Membership(school, account, role, MembershipStatus.ACTIVE, now));
        return account;
    }

    private Offer screeningOffer(Institution school) {
        Title film = titles.findBySlug(FILM).orElseThrow();
        return licensing.offersFor(film).stream()
                .filter(o -> o.kind() == OfferKind.PUBLIC_SCREENING && o.isActive()
                        && o.priceFor(school.type(), school.sizeBand()).isPresent())
                .findFirst().orElseThrow();
    }

    private LicenseOrder paidOrder(Institution school, Offer offer, LocalDate day, String buyer, Instant now) {
        Quote quote = new Quote(school, offer, offer.priceFor(school.type(), school.sizeBand()).orElseThrow(),
                offer.termStarting(day), buyer, false, now, LocalDate.now());
        licensing.add(quote);
        quote.markOrdered(LocalDate.now());
        LicenseOrder order = new LicenseOrder(quote, "manual-po", null, buyer, now);
        licensing.add(order);
        order.markPaid(now, "Test payment");
        return order;
    }

    /** A license issued on an earlier day, as the issuer would have then. */
    private License issued(LicenseOrder order, Instant issuedAt) {
        License license = License.issue(order, issuedAt);
        licensing.add(license);
        return license;
    }
}
