package org.docuportal.privacy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.ApiToken;
import org.docuportal.curriculum.domain.GuideDownload;
import org.docuportal.entitlement.domain.PlaybackSession;
import org.docuportal.entitlement.domain.ScreenerRequest;
import org.docuportal.impact.domain.Screening;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.Quote;

/**
 * Everything the portal keeps that names one person, as that person downloads it. Plain values
 * only (text, numbers, dates), so that it reads the same as JSON, today and in a later version.
 * Survey answers are not here because they are anonymous: nothing links an answer to anyone.
 * Token secrets and the password hash are not here either; only their owner ever saw the one,
 * and nobody can read the other.
 */
public record PersonalDataExport(Instant exportedAt, AccountPart account, MembershipPart membership,
                                 List<TokenPart> apiTokens, List<QuotePart> quotesRequested, List<OrderPart> ordersPlaced,
                                 List<PlayPart> plays, List<GuideDownloadPart> guideDownloads,
                                 List<ScreeningPart> screeningsOpened, List<ScreenerRequestPart> screenerRequests) {

    public record AccountPart(String email, String displayName, Set<String> roles, Instant createdAt,
                              boolean emailVerified, Instant lastLoginAt) {
    }

    public record MembershipPart(long institutionId, String institution, String role, String status, Instant joinedAt) {
    }

    public record TokenPart(String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    public record QuotePart(String reference, String title, String offer, LocalDate start, LocalDate end, String total,
                            String status, Instant createdAt) {
    }

    public record OrderPart(String reference, String quote, String paymentMethod, String purchaseOrderNumber, String status,
                            Instant createdAt, Instant paidAt) {
    }

    /** One play; {@code network} is the viewer's network as stored (IPv4 /24, IPv6 /48), never the full address. */
    public record PlayPart(String title, Instant startedAt, Instant endedAt, int watchedSeconds, boolean completed,
                           String network) {
    }

    public record GuideDownloadPart(String guide, Instant downloadedAt) {
    }

    public record ScreeningPart(String title, LocalDate screeningDate, String status, Instant openedAt) {
    }

    public record ScreenerRequestPart(String title, String name, String organisation, String role, String reason,
                                      String status, Instant requestedAt, Instant validUntil) {
    }

    static AccountPart account(Account a) {
        Set<String> roles = new TreeSet<>();
        a.roles().forEach(r -> roles.add(r.name()));
        return new AccountPart(a.email(), a.displayName(), roles, a.createdAt(), a.isEmailVerified(), a.lastLoginAt());
    }

    static MembershipPart membership(Optional<Membership> m) {
        return m.map(x -> new MembershipPart(x.institution().id(), x.institution().name(), x.role().name(), x.status().name(),
                x.joinedAt())).orElse(null);
    }

    static TokenPart token(ApiToken t) {
        return new TokenPart(t.name(), t.tokenPrefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt());
    }

    static QuotePart quote(Quote q) {
        return new QuotePart(q.reference(), q.offer().title().title(), q.offer().describe(), q.term().start(), q.term().end(),
                q.total().toString(), q.status().name(), q.createdAt());
    }

    static OrderPart order(LicenseOrder o) {
        return new OrderPart(o.reference(), o.quote().reference(), o.paymentMethod(), o.purchaseOrderNumber(), o.status().name(),
                o.createdAt(), o.paidAt());
    }

    static PlayPart play(PlaybackSession s, Map<Long, String> titles) {
        return new PlayPart(titles.get(s.titleId()), s.startedAt(), s.endedAt(), s.watchedSeconds(), s.isCompleted(),
                s.clientNetwork());
    }

    static GuideDownloadPart guideDownload(GuideDownload d) {
        return new GuideDownloadPart(d.guide(), d.downloadedAt());
    }

    static ScreeningPart screening(Screening s) {
        return new ScreeningPart(s.title().title(), s.screeningDate(), s.status().name(), s.openedAt());
    }

    static ScreenerRequestPart screenerRequest(ScreenerRequest r) {
        return new ScreenerRequestPart(r.title().title(), r.requesterName(), r.organisation(), r.requesterRole(), r.reason(),
                r.status().name(), r.requestedAt(), r.validUntil());
    }
}
