package org.docuportal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Membership;

/**
 * Past plays for the usage dashboard, so that its charts are not empty on a first start: a few
 * dozen plays of the demo film by the demo school and the demo training command over the last
 * three months and this one, and a few screener plays of the second film.
 *
 * <p>They are clearly demo rows: their entitlement is {@value #ENTITLEMENT}, they belong to no
 * license, and a fixed seed makes every fresh start show the same numbers. They are written with
 * plain SQL because a real {@code PlaybackSession} only comes from a live entitlement, which past
 * plays cannot have. There are no demo guide downloads: a download record needs a real license, and
 * the demo institutions hold none until someone buys one. Nothing is added once the demo institutions
 * have any plays, demo or real.
 */
final class DemoUsage {

    static final String ENTITLEMENT = "demo-usage";
    static final String FILM = DemoCatalog.KIM_IL_SUNGS_CHILDREN;
    static final String SCREENER_FILM = DemoCatalog.KOREAN_WAR_PRISONERS;

    private DemoUsage() {
    }

    /** Adds the demo plays if the demo institutions have none; returns how many it added. */
    static int addMissing(EntityManager em, InstitutionRepository institutions, TitleRepository titles, Instant now) {
        Optional<Institution> school = institutions.membershipOf("teacher@demo.example").map(Membership::institution);
        Optional<Institution> command = institutions.membershipOf("officer@demo.example").map(Membership::institution);
        Optional<Title> film = titles.findBySlug(FILM);
        if (school.isEmpty() || command.isEmpty() || film.isEmpty() || hasPlays(em, school.get(), command.get())) {
            return 0;
        }
        Random random = new Random(2026);
        int runtime = Optional.ofNullable(film.get().runtimeMinutes()).orElse(90) * 60;
        YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
        List<Play> plays = new ArrayList<>();
        for (int back = 3; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            int lastDay = back == 0 ? LocalDate.ofInstant(now, ZoneOffset.UTC).getDayOfMonth() : month.lengthOfMonth();
            for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
                String viewer = random.nextBoolean() ? "teacher@demo.example" : "schooladmin@demo.example";
                plays.add(Play.of(random, film.get(), school.get(), viewer, month, lastDay, runtime));
            }
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                plays.add(Play.of(random, film.get(), command.get(), "officer@demo.example", month, lastDay, runtime));
            }
        }
        titles.findBySlug(SCREENER_FILM).ifPresent(screenerFilm -> {
            for (int back = 2; back >= 1; back--) {
                plays.add(Play.of(random, screenerFilm, null, "programmer@festival.demo.example", current.minusMonths(back), 28, runtime));
            }
        });
        int added = 0;
        for (Play play : plays) {
            Instant started = play.startedAt().isAfter(now) ? now.minusSeconds(play.watchedSeconds() + 60L) : play.startedAt();
            Instant renewed = started.plusSeconds(play.watchedSeconds());
            added += em.createNativeQuery("INSERT INTO playback_session (id, entitlement, title_id, institution_id, country, viewer,"
                            + " usage_month, started_at, renewed_at, lease_expires_at, ended_at, watched_seconds, last_position,"
                            + " completed_at, version) VALUES (?1, ?2, ?3, CAST(?4 AS BIGINT), CAST(?5 AS VARCHAR(2)), ?6, ?7, ?8,"
                            // A null is bound untyped (as text); PostgreSQL needs the casts to put it in these columns.
                            + " ?9, ?10, ?11, ?12, ?13, CAST(?14 AS TIMESTAMP WITH TIME ZONE), 0)")
                    .setParameter(1, UUID.randomUUID().toString())
                    .setParameter(2, ENTITLEMENT)
                    .setParameter(3, play.title().id())
                    .setParameter(4, play.institution() == null ? null : play.institution().id())
                    .setParameter(5, play.institution() == null ? null : play.institution().country().code())
                    .setParameter(6, play.viewer())
                    .setParameter(7, Date.valueOf(LocalDate.ofInstant(started, ZoneOffset.UTC).withDayOfMonth(1)))
                    .setParameter(8, Timestamp.from(started))
                    .setParameter(9, Timestamp.from(renewed))
                    .setParameter(10, Timestamp.from(renewed.plusSeconds(60)))
                    .setParameter(11, Timestamp.from(renewed))
                    .setParameter(12, play.watchedSeconds())
                    .setParameter(13, play.watchedSeconds())
                    .setParameter(14, play.completed() ? Timestamp.from(renewed) : null)
                    .executeUpdate();
        }
        return added;
    }

    private static boolean hasPlays(EntityManager em, Institution school, Institution command) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM playback_session"
                        + " WHERE institution_id IN (?1, ?2) OR entitlement = ?3")
                .setParameter(1, school.id())
                .setParameter(2, command.id())
                .setParameter(3, ENTITLEMENT)
                .getSingleResult();
        return count.longValue() > 0;
    }

    /** One demo play: who, when, how long; a third of them watched to the end. */
    private record Play(Title title, Institution institution, String viewer, Instant startedAt, int watchedSeconds, boolean completed) {

        static Play of(Random random, Title title, Institution institution, String viewer, YearMonth month, int lastDay, int runtime) {
            Instant start = month.atDay(1 + random.nextInt(lastDay)).atTime(7 + random.nextInt(10), random.nextInt(60))
                    .toInstant(ZoneOffset.UTC);
            boolean completed = random.nextInt(3) == 0;
            int watched = completed ? runtime : 300 + random.nextInt(Math.max(1, runtime - 300));
            return new Play(title, institution, viewer, start, watched, completed);
        }
    }
}
