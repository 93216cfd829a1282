package org.docuportal.entitlement.application;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.account.infrastructure.TokenSecrets;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.entitlement.domain.Entitlement;
import org.docuportal.entitlement.domain.EntitlementRepository;
import org.docuportal.entitlement.domain.LicenseEntitlement;
import org.docuportal.entitlement.domain.MediaDelivery;
import org.docuportal.entitlement.domain.PlaybackAccess;
import org.docuportal.entitlement.domain.PlaybackSession;
import org.docuportal.entitlement.domain.ScreenerRequest;
import org.docuportal.entitlement.infrastructure.MediaDeliveries;
import org.docuportal.entitlement.infrastructure.MediaLibrary;
import org.docuportal.entitlement.infrastructure.StreamingSettings;
import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.License;
import org.docuportal.shared.application.AccessRefusedException;
import org.docuportal.shared.application.GoneException;
import org.docuportal.shared.application.NotFoundException;

/**
 * Playback sessions: started under an institution's license or a screener, renewed by the
 * player's heartbeat, ended by the player or by lapsing.
 *
 * <p>Starting locks the license (or screener) row, so the count of live sessions and the new
 * session are one decision even when several players start at once. A heartbeat reads only the
 * session and its license or screener by primary key, whatever the number of licenses stored,
 * and re-checks that they still allow playback: a revoked license or a suspended institution
 * gets no further token, so playback stops within one token lifetime.
 */
@Stateless
public class PlaybackService {

    @Inject
    private EntitlementRepository entitlements;

    @Inject
    private TitleRepository titles;

    @Inject
    private CallerMembership caller;

    @Inject
    private SecurityContext security;

    @Inject
    private MediaDeliveries deliveries;

    @Inject
    private MediaLibrary media;

    @Inject
    private StreamingSettings settings;

    @Inject
    private TokenSecrets secrets;

    @Inject
    private Clock clock;

    /**
     * Whether the title has a video, whether the caller may play it now under a license, and whether
     * the institution's campus-only rule would refuse the caller's address: the same check as
     * {@link #startAsMember}, made before Play is pressed. The address is used for the check only.
     */
    @PermitAll
    public WatchOptions watchOptions(String titleSlug, String clientAddress) {
        Title title = titles.findBySlug(titleSlug).orElse(null);
        if (title == null || !media.hasMedia(title.slug())) {
            return new WatchOptions(false, false, null);
        }
        Institution licensed = caller.find().filter(Membership::isActive).map(Membership::institution)
                .filter(Institution::isVerified)
                .filter(i -> !entitlements.streamableLicenses(i, title, LicenseEntitlement.today(clock.instant())).isEmpty())
                .orElse(null);
        if (licensed == null) {
            return new WatchOptions(true, false, null);
        }
        return new WatchOptions(true, true, licensed.allowsStreamingFrom(clientAddress) ? null : licensed.name());
    }

    /** Starts playback of a title for a member, under one of the institution's active licenses. */
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    public PlaybackStart startAsMember(String titleSlug, String clientAddress) {
        Instant now = clock.instant();
        Membership membership = caller.find().filter(Membership::isActive)
                .orElseThrow(() -> new AccessRefusedException("You are not an active member of an institution."));
        Institution institution = membership.institution();
        Title title = playableTitle(titleSlug);
        List<License> licenses = entitlements.streamableLicenses(institution, title, LicenseEntitlement.today(now));
        if (licenses.isEmpty() || !institution.isVerified()) {
            throw new AccessRefusedException("Your institution has no active license to stream \"" + title.title() + "\" today.");
        }
        if (!institution.allowsStreamingFrom(clientAddress)) {
            throw new AccessRefusedException(institution.name() + " allows streaming only on campus, and your network address "
                    + clientAddress + " is not one of its IP ranges.");
        }
        StreamCapReachedException refusal = null;
        for (License candidate : licenses) {
            License license = entitlements.lockLicense(candidate.id()).orElseThrow();
            Entitlement entitlement = LicenseEntitlement.of(license);
            List<PlaybackSession> live = entitlements.liveSessions(entitlement.reference(), now);
            if (live.size() < entitlement.streamCap()) {
                PlaybackSession session = PlaybackSession.underLicense(entitlement, license.id(), membership.account().email(),
                        clientAddress, now, settings.leaseLifetime());
                entitlements.add(session);
                return started(session, entitlement, title, now);
            }
            refusal = new StreamCapReachedException(entitlement.streamCap(), live.stream().map(ActiveStream::of).toList());
        }
        throw refusal;
    }

    /** Starts playback under a screener, for whoever holds its secret link. */
    @PermitAll
    public PlaybackStart startWithScreener(String accessCode, String clientAddress) {
        Instant now = clock.instant();
        ScreenerRequest found = Optional.ofNullable(accessCode).filter(c -> !c.isBlank())
                .flatMap(c -> entitlements.screenerByAccessCodeHash(secrets.hash(c.strip())))
                .orElseThrow(() -> new AccessRefusedException("This screener link is not valid."));
        ScreenerRequest screener = entitlements.lockScreener(found.id()).orElseThrow();
        if (!screener.isWatchableAt(now)) {
            throw new AccessRefusedException("This screener ended on " + screener.validUntil() + ".");
        }
        Title title = playableTitle(screener.title().slug());
        Entitlement entitlement = screener.entitlement();
        List<PlaybackSession> live = entitlements.liveSessions(entitlement.reference(), now);
        if (live.size() >= entitlement.streamCap()) {
            throw new StreamCapReachedException(entitlement.streamCap(), live.stream().map(ActiveStream::of).toList());
        }
        PlaybackSession session = PlaybackSession.underScreener(entitlement, screener.id(), screener.email(), clientAddress, now,
                settings.leaseLifetime());
        entitlements.add(session);
        return started(session, entitlement, title, now);
    }

    /**
     * Renews the session's lease and hands out a fresh token, if what allowed the session still
     * allows it. The session id is the player's proof; a member's session is renewed only by that member.
     */
    @PermitAll
    public PlaybackRenewal heartbeat(String sessionId, Heartbeat beat, String clientAddress) {
        Instant now = clock.instant();
        PlaybackSession session = ownSession(sessionId);
        if (!session.isLive(now)) {
            throw new GoneException("This playback session has ended. Start the film again.");
        }
        Entitlement entitlement = currentEntitlement(session, clientAddress, now);
        session.renew(now, settings.leaseLifetime(), beat.secondsWatched(), beat.position(), beat.completed());
        Instant expiry = entitlement.boundExpiry(now.plus(settings.tokenLifetime()));
        PlaybackAccess access = deliveries.active().grant(entitlement.titleSlug(), entitlement.reference(), expiry);
        return new PlaybackRenewal(session.id(), access.token(), access.expiresAt(), session.leaseExpiresAt());
    }

    /** Ends the session and frees its stream at once. */
    @PermitAll
    public void end(String sessionId) {
        ownSession(sessionId).end(clock.instant());
    }

    private PlaybackStart started(PlaybackSession session, Entitlement entitlement, Title title, Instant now) {
        Instant expiry = entitlement.boundExpiry(now.plus(settings.tokenLifetime()));
        PlaybackAccess access = deliveries.active().grant(title.slug(), entitlement.reference(), expiry);
        return new PlaybackStart(session.id(), title.slug(), title.title(), access.playlistUrl(), access.token(),
                access.expiresAt(), session.leaseExpiresAt(), settings.heartbeatInterval().toSeconds());
    }

    private Title playableTitle(String slug) {
        Title title = titles.findBySlug(slug).orElseThrow(() -> new NotFoundException("No film has the address " + slug + "."));
        if (!media.hasMedia(title.slug())) {
            throw new NotFoundException("\"" + title.title() + "\" has no video on this portal yet.");
        }
        return title;
    }

    private PlaybackSession ownSession(String sessionId) {
        // Locked: a player that sends two heartbeats at once (a retry, a second tab) gets them one after
        // the other instead of a failed optimistic update.
        PlaybackSession session = Optional.ofNullable(sessionId).flatMap(entitlements::lockSession)
                .orElseThrow(() -> new NotFoundException("No playback session " + sessionId + "."));
        if (session.licenseId() != null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null || !principal.getName().equalsIgnoreCase(session.viewer())) {
                // Not found rather than forbidden: another member's session id tells nothing.
                throw new NotFoundException("No playback session " + sessionId + ".");
            }
        }
        return session;
    }

    /** What still allows the session, checked afresh at every heartbeat. */
    private Entitlement currentEntitlement(PlaybackSession session, String clientAddress, Instant now) {
        if (session.screenerId() != null) {
            ScreenerRequest screener = entitlements.screener(session.screenerId()).orElseThrow();
            if (!screener.isWatchableAt(now)) {
                throw new AccessRefusedException("This screener has ended.");
            }
            return screener.entitlement();
        }
        License license = entitlements.license(session.licenseId()).orElseThrow();
        if (!LicenseEntitlement.allowsStreamingAt(license, now)) {
            throw new AccessRefusedException(license.institution().isVerified()
                    ? "The license for this film is no longer active (" + license.status().name().toLowerCase() + ")."
                    : "Your institution's access is suspended.");
        }
        if (!license.institution().allowsStreamingFrom(clientAddress)) {
            throw new AccessRefusedException(license.institution().name() + " allows streaming only on campus.");
        }
        return LicenseEntitlement.of(license);
    }
}
