package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.docuportal.account.domain.Role;
import org.docuportal.entitlement.domain.EntitlementRepository;
import org.docuportal.institution.domain.Institution;
import org.docuportal.licensing.application.LicenseCalendar;
import org.docuportal.licensing.application.LicenseIssuer;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseState;
import org.docuportal.licensing.domain.LicenseTerm;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server with a clock the test moves: a classroom-streaming license bought for a
 * term that starts in two days is SCHEDULED until then, ACTIVE from its first to its last day and
 * EXPIRED after it. On each day the rule ({@link License#stateOn}), the query playback asks
 * ({@link EntitlementRepository#streamableLicenses}, which mirrors it in JPQL) and the hourly round
 * agree; the round tells the administrator once that it starts and once that it ended. The term is a
 * few days long (written directly, which no offer sells) so that the clock moves days, not a year,
 * while the portal's other timers run.
 */
@ExtendWith(ArquillianExtension.class)
class LicenseClockIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(LicenseClockIT.class, RecordedMail.class, MovableClock.class, InServerPurchases.class);
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
    private LicensingRepository licensing;

    @Inject
    private EntitlementRepository entitlements;

    @Resource
    private UserTransaction tx;

    @Test
    void aLicenseIsScheduledThenActiveThenExpiredAsTheDaysPassAndPlaybackFollows() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin-" + tag + "@clock-" + tag + ".example";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = today.plusDays(2);
        LocalDate end = today.plusDays(4);
        Instant now = Instant.now();

        tx.begin();
        Institution school = purchases.approvedSchool("Clock School " + tag, "clock", tag, now);
        purchases.member(school, admin, "Clock Admin", Role.INSTITUTION_ADMIN, now);
        Offer streaming = purchases.offer(school, OfferKind.CLASSROOM_STREAMING);
        long id = issuer.issueFor(purchases.paidOrder(school, streaming, new LicenseTerm(start, end), admin, now)).id();
        tx.commit();
        String reference = License.referenceOf(id);

        try {
            expect(id, today, LicenseState.SCHEDULED);
            MovableClock.setTo(start.minusDays(1));
            calendar.hourlyRound();
            expect(id, start.minusDays(1), LicenseState.SCHEDULED);
            assertEquals(0, mail.to(admin, reference + " for").stream().filter(m -> m.subject().contains("starts today")).count());

            MovableClock.setTo(start);
            calendar.hourlyRound();
            calendar.hourlyRound();
            expect(id, start, LicenseState.ACTIVE);
            assertEquals(1, mail.to(admin, reference).stream().filter(m -> m.subject().contains("starts today")).count(),
                    "one 'starts today' mail: " + mail.to(admin, ""));

            MovableClock.setTo(end);
            calendar.hourlyRound();
            expect(id, end, LicenseState.ACTIVE);

            MovableClock.setTo(end.plusDays(1));
            calendar.hourlyRound();
            calendar.hourlyRound();
            expect(id, end.plusDays(1), LicenseState.EXPIRED);
            assertEquals(1, mail.to(admin, reference).stream().filter(m -> m.subject().contains("has ended")).count(),
                    "one 'has ended' mail: " + mail.to(admin, ""));
        } finally {
            MovableClock.reset();
        }
    }

    /** The license's state on the day, and whether playback finds it then, agree with each other and with the expectation. */
    private void expect(long id, LocalDate day, LicenseState state) throws Exception {
        tx.begin();
        try {
            License license = licensing.license(id).orElseThrow();
            assertEquals(state, license.stateOn(day), "state on " + day);
            boolean streamable = entitlements.streamableLicenses(license.institution(), license.title(), day).stream()
                    .anyMatch(l -> l.id().equals(id));
            assertEquals(state == LicenseState.ACTIVE, streamable, "playback finds the license on " + day);
            assertEquals(license.isUsableOn(day), streamable, "the rule and the query agree on " + day);
        } finally {
            tx.commit();
        }
    }
}
