package org.docuportal.privacy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.docuportal.account.domain.Account;
import org.docuportal.curriculum.domain.GuideDownload;
import org.docuportal.entitlement.domain.PlaybackSession;
import org.docuportal.entitlement.domain.ScreenerRequest;
import org.docuportal.impact.domain.Screening;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.Quote;

/**
 * Where a person's records are found across the contexts, by the email that names them there, and
 * where their identity is replaced. Implementations join the caller's transaction.
 */
public interface PersonalDataRepository {

    List<PlaybackSession> playsOf(String email);

    /** The titles' names by id, for records that keep a title's id only. */
    Map<Long, String> titleNames(Collection<Long> titleIds);

    List<GuideDownload> guideDownloadsOf(String email);

    List<Quote> quotesRequestedBy(String email);

    List<LicenseOrder> ordersPlacedBy(String email);

    List<ScreenerRequest> screenerRequestsOf(String email);

    List<Screening> screeningsOpenedBy(String email);

    /**
     * Replaces the email wherever the institution's records name the person (plays, guide downloads,
     * quotes requested or decided, orders, documents uploaded, invitations sent, screenings opened,
     * screener requests), clearing the network address of their plays, and first ends the plays still
     * holding a stream. Returns the rows changed.
     */
    int replaceIdentity(String email, String pseudonym, Instant now);

    /** Up to {@code limit} viewers still named in plays of months before {@code firstKeptMonth} that no longer hold a stream. */
    List<String> viewersBefore(LocalDate firstKeptMonth, Instant now, int limit);

    /** Replaces the viewer in those plays, clearing their network address; returns the plays changed. */
    int pseudonymizePlays(String viewer, LocalDate firstKeptMonth, Instant now, String pseudonym);

    /** Up to {@code limit} people still named in guide downloads of months before {@code firstKeptMonth}. */
    List<String> downloadersBefore(LocalDate firstKeptMonth, int limit);

    int pseudonymizeGuideDownloads(String downloader, LocalDate firstKeptMonth, String pseudonym);

    /** Up to {@code limit} screener requests made before {@code cutoff}, still naming their requester, and no longer watchable. */
    List<Long> screenerRequestsBefore(Instant cutoff, Instant now, int limit);

    /** Replaces the requester's email and name, and the free-text reason, which may name them too. */
    void pseudonymizeScreenerRequest(long id, String pseudonym);

    /**
     * Removes the account for good, with its API tokens, email verifications, roles and membership.
     * The records that name the person by email are the caller's to pseudonymize first.
     */
    void removeAccount(Account account, Optional<Membership> membership);

    /** The institution, locked until the transaction ends: decisions about its last administrator are taken one at a time. */
    Optional<Institution> lockInstitution(long id);
}
