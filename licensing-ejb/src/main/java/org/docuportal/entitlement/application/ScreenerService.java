package org.docuportal.entitlement.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.docuportal.account.infrastructure.TokenSecrets;
import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.catalog.application.TitleLookup;
import org.docuportal.catalog.domain.Title;
import org.docuportal.entitlement.domain.EntitlementRepository;
import org.docuportal.entitlement.domain.ScreenerRequest;
import org.docuportal.entitlement.domain.ScreenerStatus;
import org.docuportal.entitlement.infrastructure.MediaLibrary;
import org.docuportal.entitlement.infrastructure.StreamingSettings;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.InvalidInputException.Violation;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.shared.mail.Letter;
import org.docuportal.shared.mail.MailCategory;
import org.docuportal.shared.mail.MailComposer;

/**
 * Screeners: anyone asks for one, a platform administrator approves it into a time-limited,
 * single-stream screener or declines it with a reason. Mail goes both ways: the distributor's
 * administrators hear of each request, the requester of the decision, with the secret link
 * that opens the screener.
 */
@Stateless
public class ScreenerService {

    /** The longest screener an administrator may grant: a month. */
    static final long MAXIMUM_HOURS = 24 * 31;

    @Inject
    private AuditTrail audit;

    @Inject
    private EntitlementRepository screeners;

    @Inject
    private TitleLookup lookup;

    @Inject
    private AccountRepository accounts;

    @Inject
    private MediaLibrary media;

    @Inject
    private StreamingSettings settings;

    @Inject
    private TokenSecrets secrets;

    @Inject
    private MailComposer mail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Records a request, reporting every missing or wrong field at once; nothing is saved on error. */
    @PermitAll
    public ScreenerView request(ScreenerForm form) {
        List<Violation> problems = new ArrayList<>();
        Title title = lookup.find(form.titleSlug()).orElse(null);
        if (title == null) {
            problems.add(new Violation("title", "Choose the film you would like to see."));
        } else if (!media.hasMedia(title.slug())) {
            problems.add(new Violation("title", "\"" + title.title() + "\" has no screener copy on this portal yet."));
        }
        required(problems, "name", form.name(), 200, "Give your name.");
        required(problems, "organisation", form.organisation(), 200, "Give the organisation you work for.");
        required(problems, "role", form.role(), 200, "Give your role, such as programmer or teacher.");
        required(problems, "reason", form.reason(), 2000, "Say why you would like to see the film.");
        String email = null;
        try {
            email = Account.normalizeEmail(form.email());
        } catch (IllegalArgumentException e) {
            problems.add(new Violation("email", "Give an email address; the screener link is sent there."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The screener request has " + problems.size()
                    + (problems.size() == 1 ? " problem." : " problems."), problems);
        }
        ScreenerRequest request = new ScreenerRequest(title, form.name(), form.organisation(), form.role(), form.reason(),
                email, clock.instant());
        screeners.add(request);
        mail.send(Letter.of("screener-received", MailCategory.ESSENTIAL, email)
                .with("name", request.requesterName()).with("title", title.title()));
        for (String admin : accounts.emailsWithRole(Role.PLATFORM_ADMIN)) {
            mail.send(Letter.of("screener-request", MailCategory.ESSENTIAL, admin)
                    .with("requester", request.requesterName()).with("role", request.requesterRole())
                    .with("organisation", request.organisation()).with("email", email).with("title", title.title())
                    .with("reason", request.reason())
                    .linkTo("admin/screeners.xhtml"));
        }
        return ScreenerView.of(request);
    }

    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public List<ScreenerView> requests(ScreenerStatus status) {
        return screeners.screeners(status).stream().map(ScreenerView::of).toList();
    }

    /**
     * Approves a request into a screener for {@code hours} (the configured default when null), and
     * mails the requester the link that opens it.
     */
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public ScreenerView approve(long id, Integer hours) {
        long length = hours == null ? settings.screenerLength().toHours() : hours;
        if (length < 1 || length > MAXIMUM_HOURS) {
            throw InvalidInputException.of("hours", "A screener lasts from 1 hour to " + MAXIMUM_HOURS + " hours (a month).");
        }
        ScreenerRequest request = find(id);
        String code = secrets.newLinkSecret();
        Instant now = clock.instant();
        Snapshot before = snapshot(request);
        try {
            request.approve(session.getCallerPrincipal().getName(), Duration.ofHours(length), secrets.hash(code), now);
        } catch (IllegalStateException decided) {
            throw ConflictException.of(decided);
        }
        audit.record(AuditAction.SCREENER_APPROVED, subject(request), before, snapshot(request).with("hours", length));
        mail.send(Letter.of("screener-ready", MailCategory.ESSENTIAL, request.email())
                .with("name", request.requesterName()).with("title", request.title().title())
                .with("validUntil", request.validUntil())
                .linkTo(watchLink(request, code)));
        return ScreenerView.of(request);
    }

    /**
     * Mails the requester a new link to an approved screener that has not ended: the link exists only
     * in the approval's mail, so a lost or deleted mail would otherwise be a lost screener. Only the
     * secret's hash is stored, so the old link cannot be sent again; it is replaced and stops working.
     * The mail is queued in this transaction, with the new secret's hash.
     *
     * @throws NotFoundException when there is no such request
     * @throws ConflictException when it was not approved, or the screener has ended
     */
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public ScreenerView sendLinkAgain(long id) {
        ScreenerRequest request = find(id);
        String code = secrets.newLinkSecret();
        Snapshot before = snapshot(request);
        try {
            request.replaceAccessCode(secrets.hash(code), clock.instant());
        } catch (IllegalStateException refused) {
            throw ConflictException.of(refused);
        }
        audit.record(AuditAction.SCREENER_LINK_SENT_AGAIN, subject(request), before, snapshot(request));
        mail.send(Letter.of("screener-link-again", MailCategory.ESSENTIAL, request.email())
                .with("name", request.requesterName()).with("title", request.title().title())
                .with("validUntil", request.validUntil())
                .linkTo(watchLink(request, code)));
        return ScreenerView.of(request);
    }

    /** Declines a request with a reason the requester is told. */
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public ScreenerView decline(long id, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
            throw InvalidInputException.of("reason", "Give the reason for declining (up to 2000 characters); the requester reads it.");
        }
        ScreenerRequest request = find(id);
        Snapshot before = snapshot(request);
        try {
            request.decline(session.getCallerPrincipal().getName(), reason, clock.instant());
        } catch (IllegalStateException decided) {
            throw ConflictException.of(decided);
        }
        audit.record(AuditAction.SCREENER_DECLINED, subject(request), before, snapshot(request));
        mail.send(Letter.of("screener-declined", MailCategory.ESSENTIAL, request.email())
                .with("name", request.requesterName()).with("title", request.title().title())
                .with("reason", request.decisionReason()));
        return ScreenerView.of(request);
    }

    /** The request's state and decision; the requester's address and the access link stay out of the log. */
    private static Snapshot snapshot(ScreenerRequest r) {
        return Snapshot.of().with("status", r.status()).with("title", r.title().slug()).with("organisation", r.organisation())
                .with("decidedBy", r.decidedBy()).with("decisionReason", r.decisionReason()).with("validUntil", r.validUntil());
    }

    private static AuditSubject subject(ScreenerRequest r) {
        return AuditSubject.of(r.id(), r.title().title() + " · " + r.organisation());
    }

    private static String watchLink(ScreenerRequest request, String code) {
        return "watch.xhtml?slug=" + request.title().slug() + "&screener=" + code;
    }

    private ScreenerRequest find(long id) {
        return screeners.screener(id).orElseThrow(() -> new NotFoundException("No screener request " + id + "."));
    }

    private static void required(List<Violation> problems, String field, String value, int maximum, String message) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation(field, message));
        } else if (value.strip().length() > maximum) {
            problems.add(new Violation(field, "Keep it under " + maximum + " characters."));
        }
    }
}
