package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.entitlement.domain.Entitlement;
import org.docuportal.entitlement.domain.PlaybackSession;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Membership;
import org.docuportal.privacy.application.RetentionRun;
import org.docuportal.privacy.application.UsageIdentityRetention;
import org.docuportal.privacy.domain.RetentionPeriod;
import org.docuportal.shared.persistence.DatabaseMigrator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server against the real database (H2, or PostgreSQL in the CI leg): what a play
 * stores of the viewer's address, and the retention pass over records older than the default 13
 * months, which the API cannot make. Old records are written with plain SQL, as the demo's past
 * plays are, under fresh addresses and negative ids that no sequence hands out.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyRetentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(PrivacyRetentionIT.class);
    }

    @Inject
    private UsageIdentityRetention retention;

    @Inject
    private TitleRepository titles;

    @Inject
    private InstitutionRepository institutions;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Test
    void aPlayStoresTheViewersNetworkNeverTheFullAddress() throws Exception {
        long screener = insertScreenerRequest("someone-" + tag() + "@festival.example", Instant.now(), "APPROVED");
        Title film = titles.findBySlug(PlaybackIT.FILM).orElseThrow();
        Instant now = Instant.now();
        Entitlement entitlement = new Entitlement(Entitlement.screenerReference(screener), film.id(), film.slug(), null, null, 1,
                now.plus(Duration.ofHours(1)));
        PlaybackSession v4 = PlaybackSession.underScreener(entitlement, screener, "v4@festival.example", "203.0.113.77", now,
                Duration.ofSeconds(30));
        PlaybackSession v6 = PlaybackSession.underScreener(entitlement, screener, "v6@festival.example", "2001:db8:5:6::9", now,
                Duration.ofSeconds(30));
        tx.begin();
        em.persist(v4);
        em.persist(v6);
        tx.commit();

        assertEquals("203.0.113.0", storedAddress(v4.id()));
        assertEquals("2001:db8:5::", storedAddress(v6.id()));
    }

    @Test
    void theRetentionPassReplacesOldIdentitiesWithPseudonymsAndKeepsEveryCount() throws Exception {
        Institution school = institutions.membershipOf("teacher@demo.example").map(Membership::institution).orElseThrow();
        long film = titles.findBySlug(PlaybackIT.FILM).orElseThrow().id();
        Instant now = Instant.now();
        YearMonth firstKept = new RetentionPeriod(RetentionPeriod.DEFAULT_MONTHS).firstKeptMonth(now);
        Instant oldDay = firstKept.minusMonths(2).atDay(10).atTime(9, 0).toInstant(ZoneOffset.UTC);
        String anna = "anna-" + tag() + "@school.demo.example";
        String ben = "ben-" + tag() + "@school.demo.example";
        // Anna twice and Ben once on one old day; Anna again this month, which keeps her name.
        List<String> old = List.of(insertPlay(film, school, anna, oldDay), insertPlay(film, school, anna, oldDay.plusSeconds(3600)),
                insertPlay(film, school, ben, oldDay.plusSeconds(600)));
        String recent = insertPlay(film, school, anna, now.minusSeconds(3600));
        String requester = "programmer-" + tag() + "@festival.example";
        long oldRequest = insertScreenerRequest(requester, oldDay, "DECLINED");
        long newRequest = insertScreenerRequest(requester, now, "REQUESTED");

        RetentionRun run;
        int plays = 0;
        do {
            run = retention.batch(firstKept, now);
            plays += run.plays();
        } while (run.plays() + run.guideDownloads() + run.screenerRequests() > 0);
        assertTrue(plays >= 3, "at least the three old plays were pseudonymized: " + plays);

        List<String> oldViewers = new ArrayList<>();
        for (String id : old) {
            oldViewers.add(column("SELECT viewer FROM playback_session WHERE id = ?", id));
            assertNull(column("SELECT client_address FROM playback_session WHERE id = ?", id), "an old play keeps no network");
            assertEquals(String.valueOf(school.id()), column("SELECT institution_id FROM playback_session WHERE id = ?", id));
        }
        oldViewers.forEach(v -> assertFalse(v.contains("@"), "no email left in an old play: " + v));
        assertEquals(oldViewers.get(0), oldViewers.get(1), "one person's plays share one pseudonym: distinct viewers still count");
        assertNotEquals(oldViewers.get(0), oldViewers.get(2), "two people keep two pseudonyms");
        assertEquals(anna, column("SELECT viewer FROM playback_session WHERE id = ?", recent));
        assertEquals("10.20.30.0", column("SELECT client_address FROM playback_session WHERE id = ?", recent));

        String pseudonym = column("SELECT email FROM screener_request WHERE id = ?", oldRequest);
        assertFalse(pseudonym.contains("@"));
        assertEquals(pseudonym, column("SELECT requester_name FROM screener_request WHERE id = ?", oldRequest));
        assertEquals("DECLINED", column("SELECT status FROM screener_request WHERE id = ?", oldRequest));
        assertEquals(requester, column("SELECT email FROM screener_request WHERE id = ?", newRequest));

        RetentionRun again = retention.batch(firstKept, now);
        assertEquals(0, again.plays() + again.guideDownloads() + again.screenerRequests(), "a second pass finds nothing left");
    }

    private String insertPlay(long titleId, Institution institution, String viewer, Instant started) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO playback_session (id, entitlement, title_id, institution_id, country, viewer, client_address,"
                        + " usage_month, started_at, renewed_at, lease_expires_at, ended_at, watched_seconds, last_position, version)"
                        + " VALUES (?, 'privacy-it', ?, ?, ?, ?, '10.20.30.0', ?, ?, ?, ?, ?, 600, 600, 0)")) {
            OffsetDateTime start = started.atOffset(ZoneOffset.UTC);
            s.setString(1, id);
            s.setLong(2, titleId);
            s.setLong(3, institution.id());
            s.setString(4, institution.country().code());
            s.setString(5, viewer);
            s.setObject(6, LocalDate.ofInstant(started, ZoneOffset.UTC).withDayOfMonth(1));
            s.setObject(7, start);
            s.setObject(8, start.plusMinutes(10));
            s.setObject(9, start.plusMinutes(11));
            s.setObject(10, start.plusMinutes(10));
            s.executeUpdate();
        }
        return id;
    }

    private long insertScreenerRequest(String email, Instant requested, String status) throws SQLException {
        long id = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        long film = titles.findBySlug(PlaybackIT.OTHER_FILM).orElseThrow().id();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO screener_request (id, title_id, requester_name, organisation, requester_role, reason, email, status,"
                        + " requested_at, version) VALUES (?, ?, 'A Programmer', 'A Festival', 'Programmer', 'Our festival', ?, ?, ?, 0)")) {
            s.setLong(1, id);
            s.setLong(2, film);
            s.setString(3, email);
            s.setString(4, status);
            s.setObject(5, requested.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
        return id;
    }

    private String storedAddress(String playId) throws SQLException {
        return column("SELECT client_address FROM playback_session WHERE id = ?", playId);
    }

    private String column(String sql, Object key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "a row for " + key);
                return r.getString(1);
            }
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
