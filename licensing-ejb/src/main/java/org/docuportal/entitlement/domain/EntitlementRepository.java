package org.docuportal.entitlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.docuportal.catalog.domain.Title;
import org.docuportal.institution.domain.Institution;
import org.docuportal.licensing.domain.License;

/** Where playback sessions and screener requests are kept. Implementations join the caller's transaction. */
public interface EntitlementRepository {

    /** The institution's licenses of the title that allow streaming on that day, longest-running first. */
    List<License> streamableLicenses(Institution institution, Title title, LocalDate day);

    /**
     * The license, locked against concurrent changes until the transaction ends, so that two
     * players starting at once cannot both take the last free stream.
     */
    Optional<License> lockLicense(long id);

    Optional<License> license(long id);

    /** The screener request, locked like {@link #lockLicense}. */
    Optional<ScreenerRequest> lockScreener(long id);

    void add(PlaybackSession session);

    /** The session, locked until the transaction ends, so that two heartbeats of one player queue rather than collide. */
    Optional<PlaybackSession> lockSession(String id);

    /** The sessions holding one of the entitlement's streams at that moment, oldest first. */
    List<PlaybackSession> liveSessions(String entitlement, Instant now);

    void add(ScreenerRequest request);

    Optional<ScreenerRequest> screener(long id);

    Optional<ScreenerRequest> screenerByAccessCodeHash(String hash);

    /** Requests in that status, oldest first; all when status is null. */
    List<ScreenerRequest> screeners(ScreenerStatus status);
}
