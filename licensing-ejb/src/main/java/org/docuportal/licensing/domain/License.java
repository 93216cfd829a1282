package org.docuportal.licensing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.RightsWindow;
import org.docuportal.catalog.domain.Title;
import org.docuportal.institution.domain.Institution;

/**
 * The right of an institution to use a title for a term, issued from a paid order.
 *
 * <p>It never outlives the rights window that allows it: {@link #issue} refuses unless one
 * window of the right covers the institution's country on every day of the term.
 */
@Entity
@Table(name = "license")
public class License {

    @Id
    @SequenceGenerator(name = "license_seq", sequenceName = "license_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "license_seq")
    private Long id;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "order_id", nullable = false, unique = true)
    private LicenseOrder order;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private OfferKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "right_type", nullable = false, length = 30)
    private RightType rightType;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "stream_cap")
    private Integer streamCap;

    @Column(name = "audience_cap")
    private Integer audienceCap;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LicenseStatus status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 500)
    private String revocationReason;

    @Column(name = "renewal_reminder_sent_at")
    private Instant renewalReminderSentAt;

    @Column(name = "start_notice_sent_at")
    private Instant startNoticeSentAt;

    @Version
    private long version;

    protected License() {
    }

    private License(LicenseOrder order, LicenseTerm term, Instant now) {
        Quote quote = order.quote();
        Offer offer = quote.offer();
        this.order = order;
        this.institution = quote.institution();
        this.title = offer.title();
        this.kind = offer.kind();
        this.rightType = offer.rightType();
        this.startDate = term.start();
        this.endDate = term.end();
        this.streamCap = offer.streamCap();
        this.audienceCap = offer.audienceCap();
        this.status = LicenseStatus.ACTIVE;
        this.issuedAt = now;
    }

    /**
     * Issues the license of a paid order, for the quoted term.
     *
     * @throws IllegalStateException when the order is not paid, or no rights window covers the
     *                               institution's country for the whole term any more
     */
    public static License issue(LicenseOrder order, Instant now) {
        Objects.requireNonNull(order);
        if (order.status() != OrderStatus.PAID) {
            throw new IllegalStateException("a license is issued only for a paid order");
        }
        Quote quote = order.quote();
        LicenseTerm term = quote.term();
        RightType right = quote.offer().rightType();
        Title title = quote.offer().title();
        boolean covered = title.rightsCover(right, quote.institution().country(), term.start(), term.end());
        if (!covered || !title.isLicensable()) {
            throw new IllegalStateException("the distributor's " + right.label().toLowerCase()
                    + " rights no longer cover " + quote.institution().country().englishName() + " from " + term.start()
                    + " to " + term.end());
        }
        return new License(order, term, now);
    }

    /** Expires the license once its last day has passed; true when that changed its status. */
    public boolean expireIfOver(LocalDate today) {
        if (status == LicenseStatus.ACTIVE && today.isAfter(endDate)) {
            status = LicenseStatus.EXPIRED;
            return true;
        }
        return false;
    }

    /**
     * Whether the "starts today" mail is due: the license was bought ahead (issued before its first
     * day), that day has come (or was yesterday, for a round missed while the portal was down), and
     * the mail has not gone yet. Marks it sent.
     */
    public boolean takeStartNotice(LocalDate today, ZoneId zone, Instant now) {
        boolean boughtAhead = LocalDate.ofInstant(issuedAt, zone).isBefore(startDate);
        boolean due = status == LicenseStatus.ACTIVE && startNoticeSentAt == null && boughtAhead
                && !today.isBefore(startDate) && !today.isAfter(startDate.plusDays(1)) && !today.isAfter(endDate);
        if (due) {
            startNoticeSentAt = now;
        }
        return due;
    }

    /** Days before the end at which the institution is reminded to renew. */
    public static final int RENEWAL_NOTICE_DAYS = 30;

    /**
     * Whether the renewal reminder is due on that day: the license is active, ends within
     * {@link #RENEWAL_NOTICE_DAYS} days, and was not reminded about yet. Marks it reminded.
     */
    public boolean takeRenewalReminder(LocalDate today, Instant now) {
        boolean due = status == LicenseStatus.ACTIVE && renewalReminderSentAt == null
                && !today.isAfter(endDate) && !today.plusDays(RENEWAL_NOTICE_DAYS).isBefore(endDate);
        if (due) {
            renewalReminderSentAt = now;
        }
        return due;
    }

    /** Revokes the license; true when that changed its status (revoking twice tells nobody twice). */
    public boolean revoke(String reason, Instant now) {
        if (status == LicenseStatus.REVOKED) {
            return false;
        }
        status = LicenseStatus.REVOKED;
        revokedAt = now;
        revocationReason = reason;
        return true;
    }

    /** Where it stands on that day: SCHEDULED before its term, ACTIVE in it, EXPIRED after, or REVOKED. */
    public LicenseState stateOn(LocalDate today) {
        return LicenseState.of(status, term(), today);
    }

    /**
     * Whether buying {@code term} of that kind and right for {@code other} would pay again for days
     * this license already gives: same title, kind and right, not revoked, not over by {@code today},
     * and a day in common.
     */
    public boolean holdsTermOf(Title other, OfferKind otherKind, RightType right, LicenseTerm term, LocalDate today) {
        LicenseState state = stateOn(today);
        return (title == other || title.id() != null && title.id().equals(other.id())) && kind == otherKind && rightType == right
                && (state == LicenseState.ACTIVE || state == LicenseState.SCHEDULED) && term().overlaps(term);
    }

    /**
     * The term a renewal would start: the day after this one ends, or {@code today} when it has
     * already ended (a term cannot be quoted in the past).
     */
    public LocalDate renewalStart(LocalDate today) {
        LocalDate next = endDate.plusDays(1);
        return next.isBefore(today) ? today : next;
    }

    /** Whether members may use it on that day: active, in its term, and its institution not suspended. */
    public boolean isUsableOn(LocalDate day) {
        return stateOn(day) == LicenseState.ACTIVE && institution.isVerified();
    }

    /**
     * Whether these windows grant the license's right in its institution's country on every day of
     * its term: the rule {@link #issue} applies, asked again when the distributor amends the rights.
     */
    public boolean isCoveredBy(Collection<RightsWindow> windows) {
        return RightsWindow.anyCovers(windows, rightType, institution.country(), startDate, endDate);
    }

    public Long id() {
        return id;
    }

    /** "L-000042", the license's number on its certificate and on stamped study guides. */
    public String reference() {
        return referenceOf(id);
    }

    /** The reference of the license with that id. */
    public static String referenceOf(long id) {
        return "L-" + String.format("%06d", id);
    }

    public LicenseOrder order() {
        return order;
    }

    public Institution institution() {
        return institution;
    }

    public Title title() {
        return title;
    }

    public OfferKind kind() {
        return kind;
    }

    public RightType rightType() {
        return rightType;
    }

    public LicenseTerm term() {
        return new LicenseTerm(startDate, endDate);
    }

    public Integer streamCap() {
        return streamCap;
    }

    public Integer audienceCap() {
        return audienceCap;
    }

    public LicenseStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }
}
