package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.MailPreference;
import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Institution;
import org.docuportal.licensing.application.LicenseCalendar;
import org.docuportal.licensing.application.LicenseIssuer;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;
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
 * still the essential receipt of her payment. Each once even when two servers run the round at the
 * same moment (their leases overlapped). The licenses are public screenings of a fresh
 * institution (a one-day term puts start, end and the reminder inside one round), with past issue
 * days written directly, which no API allows.
 */
@ExtendWith(ArquillianExtension.class)
class LicenseMailRoundIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(LicenseMailRoundIT.class, RecordedMail.class, InServerPurchases.class);
    }

    @Inject
    private LicenseCalendar calendar;

    @Inject
    private LicenseIssuer issuer;

    @Inject
    private RecordedMail mail;

    @Inject
    private InServerPurchases purchases;

    @Inject
    private AccountRepository accounts;

    @Inject
    private LicensingRepository licensing;

    @Resource
    private UserTransaction tx;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void theRoundMailsStartEndAndExpiryOnceAndAnOptedOutBuyerOnlyHerReceipt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin-" + tag + "@round-" + tag + ".example";
        String teacher = "teacher-" + tag + "@round-" + tag + ".example";
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();

        tx.begin();
        Institution school = purchases.approvedSchool("Round School " + tag, "round", tag, now);
        purchases.member(school, admin, "Round Admin", Role.INSTITUTION_ADMIN, now);
        Account teacherAccount = purchases.member(school, teacher, "Round Teacher", Role.TEACHER, now);
        MailPreference quiet = new MailPreference(teacherAccount, now);
        quiet.change(false, false, now);
        accounts.add(quiet);

        Offer screening = purchases.offer(school, OfferKind.PUBLIC_SCREENING);
        License ahead = issuer.issueFor(purchases.paidOrder(school, screening, screening.termStarting(today.plusDays(10)), teacher, now));
        License startsToday = issued(purchases.paidOrder(school, screening, screening.termStarting(today), teacher, now), now.minus(Duration.ofDays(3)));
        License endedYesterday = issued(purchases.paidOrder(school, screening, screening.termStarting(today.minusDays(1)), teacher, now), now.minus(Duration.ofDays(3)));
        tx.commit();

        assertEquals(1, mail.to(teacher, ahead.reference() + " for").size(), "the buyer's receipt, essential");
        assertEquals(List.of(ahead.reference() + ".pdf"),
                mail.to(teacher, ahead.reference()).get(0).attachments().stream().map(a -> a.fileName()).toList());
        assertEquals(1, mail.to(admin, ahead.reference() + " for").size(), "the administrator's copy");

        // Two servers whose leases overlapped run the round at the same moment, and one runs it again later:
        // the later of the two commits meets the licenses' versions and rolls back, marks and mails together.
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> together = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Object> round = () -> {
                start.await();
                calendar.hourlyRound();
                return null;
            };
            together.add(executor.submit(round));
        }
        start.countDown();
        for (Future<Object> round : together) {
            try {
                round.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException lost) {
                // The round that lost the race: nothing of it was committed.
            }
        }
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

    /** A license issued on an earlier day, as the issuer would have then. */
    private License issued(LicenseOrder order, Instant issuedAt) {
        License license = License.issue(order, issuedAt);
        licensing.add(license);
        return license;
    }
}
