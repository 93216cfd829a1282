package org.docuportal.institution.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.docuportal.catalog.domain.CountryCode;

/**
 * A school, university, library or training institution that licenses films: what it said
 * about itself at registration, and where it stands with the distributor's reviewers.
 *
 * <p>Its status changes only through {@link #decide}, which checks that the decision makes
 * sense from the current status and returns the audit record to keep.
 */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @SequenceGenerator(name = "institution_seq", sequenceName = "institution_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "institution_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type", nullable = false, length = 30)
    private InstitutionType type;

    @Column(name = "country_code", nullable = false, length = 2)
    private String country;

    @Column(name = "address", nullable = false, length = 1000)
    private String address;

    @Column(name = "website", length = 500)
    private String website;

    @Column(name = "registry_id", length = 100)
    private String registryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", nullable = false, length = 30)
    private SizeBand sizeBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InstitutionStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "institution_domain", joinColumns = @JoinColumn(name = "institution_id"))
    @Column(name = "domain", nullable = false, length = 253)
    private Set<String> emailDomains = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "institution_ip_range", joinColumns = @JoinColumn(name = "institution_id"))
    @Column(name = "cidr", nullable = false, length = 50)
    private Set<String> ipRanges = new LinkedHashSet<>();

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "institution_proposed_domain", joinColumns = @JoinColumn(name = "institution_id"))
    @Column(name = "domain", nullable = false, length = 253)
    private Set<String> proposedEmailDomains = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "institution_proposed_ip_range", joinColumns = @JoinColumn(name = "institution_id"))
    @Column(name = "cidr", nullable = false, length = 50)
    private Set<String> proposedIpRanges = new LinkedHashSet<>();

    /** When an administrator proposed a change of domains or ranges that waits for the reviewers; null when none waits. */
    @Column(name = "network_change_proposed_at")
    private Instant networkChangeProposedAt;

    @Column(name = "network_change_proposed_by", length = 254)
    private String networkChangeProposedBy;

    /** Whether members may stream only from the institution's IP ranges. */
    @Column(name = "stream_on_campus_only", nullable = false)
    private boolean streamOnCampusOnly;

    /** Whether members' purchases wait for an administrator's approval. */
    @Column(name = "purchase_approval_required", nullable = false)
    private boolean purchaseApprovalRequired;

    @Version
    private long version;

    protected Institution() {
    }

    /**
     * A newly registered institution, pending review. Values are checked and normalized;
     * a bad one raises {@link IllegalArgumentException} naming it.
     */
    public Institution(String name, InstitutionType type, CountryCode country, String address, String website,
                       String registryId, Set<String> emailDomains, Set<String> ipRanges, SizeBand sizeBand,
                       Instant now) {
        this.name = required(name, "name", 300);
        this.type = Objects.requireNonNull(type, "type");
        this.country = Objects.requireNonNull(country, "country").code();
        this.address = required(address, "address", 1000);
        this.website = normalizeWebsite(website);
        this.registryId = RegistryId.normalize(registryId, type, country);
        if (emailDomains == null || emailDomains.isEmpty()) {
            throw new IllegalArgumentException("at least one email domain is required");
        }
        emailDomains.forEach(d -> this.emailDomains.add(EmailDomains.normalize(d)));
        if (ipRanges != null) {
            ipRanges.forEach(r -> this.ipRanges.add(IpRanges.normalize(r)));
        }
        this.sizeBand = Objects.requireNonNull(sizeBand, "size band");
        this.status = InstitutionStatus.PENDING;
        this.registeredAt = Objects.requireNonNull(now);
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.strip().length() > max) {
            throw new IllegalArgumentException(field + " has at most " + max + " characters");
        }
        return value.strip();
    }

    /** The website as stored: null when none is given; raises {@link IllegalArgumentException} when it is not an http(s) address. */
    public static String normalizeWebsite(String website) {
        return website == null || website.isBlank() ? null : checkWebsite(website.strip());
    }

    private static String checkWebsite(String url) {
        try {
            URI uri = new URI(url);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null || url.length() > 500) {
                throw new IllegalArgumentException("website must be an http or https address, such as https://school.example");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("website must be an http or https address, such as https://school.example", e);
        }
    }

    /**
     * Applies a reviewer's decision and returns the audit record to keep.
     *
     * @throws IllegalStateException when the decision makes no sense from the current status
     */
    public ReviewDecision decide(Decision decision, String reason, String reviewer, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required for every decision");
        }
        if (!decision.allowedFrom().contains(status)) {
            throw new IllegalStateException("cannot " + decision.verb() + " an institution that is "
                    + status.name().toLowerCase().replace('_', ' '));
        }
        InstitutionStatus before = status;
        status = decision.resultingStatus();
        return new ReviewDecision(this, decision, reason.strip(), reviewer, before, status, now);
    }

    /** Whether members with an address at this email domain belong here without an administrator's approval. */
    public boolean admitsEmail(String email) {
        String domain = EmailDomains.of(email);
        return emailDomains.stream().anyMatch(d -> EmailDomains.covers(d, domain));
    }

    /**
     * An administrator's new lists of email domains and IP ranges (already normalized). A change
     * that only narrows who belongs (every domain lies within one held now, every range within one
     * held now) takes effect at once; one that widens it waits for the reviewers, and the lists in
     * force stay as they are until {@link #approveNetworkChange}. A newer change replaces one that waits.
     *
     * @return whether the change waits for review
     */
    public boolean changeNetwork(Set<String> domains, Set<String> ranges, String administrator, Instant now) {
        if (domains == null || domains.isEmpty()) {
            throw new IllegalArgumentException("at least one email domain is required");
        }
        Set<String> newRanges = ranges == null ? Set.of() : ranges;
        if (streamOnCampusOnly && newRanges.isEmpty()) {
            throw new IllegalStateException("campus-only streaming needs at least one IP range");
        }
        boolean widens = domains.stream().anyMatch(d -> emailDomains.stream().noneMatch(held -> EmailDomains.covers(held, d)))
                || newRanges.stream().anyMatch(r -> ipRanges.stream().noneMatch(held -> IpRanges.within(r, held)));
        discardNetworkChange();
        if (!widens) {
            replace(emailDomains, domains);
            replace(ipRanges, newRanges);
            return false;
        }
        replace(proposedEmailDomains, domains);
        replace(proposedIpRanges, newRanges);
        networkChangeProposedAt = Objects.requireNonNull(now);
        networkChangeProposedBy = Objects.requireNonNull(administrator);
        return true;
    }

    /** A reviewer's approval of the waiting change: its lists take effect. */
    public void approveNetworkChange() {
        if (!hasNetworkChangeWaiting()) {
            throw new IllegalStateException("no change of domains or IP ranges waits for review");
        }
        if (streamOnCampusOnly && proposedIpRanges.isEmpty()) {
            throw new IllegalStateException("campus-only streaming needs at least one IP range");
        }
        replace(emailDomains, proposedEmailDomains);
        replace(ipRanges, proposedIpRanges);
        discardNetworkChange();
    }

    /** A reviewer's refusal of the waiting change, or its replacement by a newer one: the lists in force stay. */
    public void discardNetworkChange() {
        proposedEmailDomains.clear();
        proposedIpRanges.clear();
        networkChangeProposedAt = null;
        networkChangeProposedBy = null;
    }

    public boolean hasNetworkChangeWaiting() {
        return networkChangeProposedAt != null;
    }

    public Set<String> proposedEmailDomains() {
        return Collections.unmodifiableSet(proposedEmailDomains);
    }

    public Set<String> proposedIpRanges() {
        return Collections.unmodifiableSet(proposedIpRanges);
    }

    public Instant networkChangeProposedAt() {
        return networkChangeProposedAt;
    }

    public String networkChangeProposedBy() {
        return networkChangeProposedBy;
    }

    private static void replace(Set<String> target, Set<String> values) {
        Set<String> copy = new LinkedHashSet<>(values);
        target.clear();
        target.addAll(copy);
    }

    public void requirePurchaseApproval(boolean required) {
        this.purchaseApprovalRequired = required;
    }

    public boolean requiresPurchaseApproval() {
        return purchaseApprovalRequired;
    }

    /** Whether members may stream only from the institution's own IP ranges (a campus-only option). */
    public void streamOnCampusOnly(boolean onCampusOnly) {
        this.streamOnCampusOnly = onCampusOnly;
    }

    public boolean streamsOnCampusOnly() {
        return streamOnCampusOnly;
    }

    /**
     * Whether a member at that network address may stream: anywhere, unless the institution
     * chose campus-only streaming, in which case only from one of its IP ranges.
     */
    public boolean allowsStreamingFrom(String address) {
        return !streamOnCampusOnly || (address != null && ipRanges.stream().anyMatch(r -> IpRanges.contains(r, address)));
    }

    public boolean isVerified() {
        return status == InstitutionStatus.VERIFIED;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public InstitutionType type() {
        return type;
    }

    public CountryCode country() {
        return new CountryCode(country);
    }

    public String address() {
        return address;
    }

    public String website() {
        return website;
    }

    public String registryId() {
        return registryId;
    }

    public SizeBand sizeBand() {
        return sizeBand;
    }

    public InstitutionStatus status() {
        return status;
    }

    public Set<String> emailDomains() {
        return Collections.unmodifiableSet(emailDomains);
    }

    public Set<String> ipRanges() {
        return Collections.unmodifiableSet(ipRanges);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** A reviewer's decision and the statuses it may be taken from. */
    public enum Decision {
        APPROVE("approve", InstitutionStatus.VERIFIED,
                EnumSet.of(InstitutionStatus.PENDING, InstitutionStatus.INFO_REQUESTED, InstitutionStatus.REJECTED,
                        InstitutionStatus.SUSPENDED)),
        REJECT("reject", InstitutionStatus.REJECTED,
                EnumSet.of(InstitutionStatus.PENDING, InstitutionStatus.INFO_REQUESTED)),
        REQUEST_INFO("ask for information from", InstitutionStatus.INFO_REQUESTED,
                EnumSet.of(InstitutionStatus.PENDING, InstitutionStatus.INFO_REQUESTED)),
        SUSPEND("suspend", InstitutionStatus.SUSPENDED, EnumSet.of(InstitutionStatus.VERIFIED));

        private final String verb;
        private final InstitutionStatus resultingStatus;
        private final Set<InstitutionStatus> allowedFrom;

        Decision(String verb, InstitutionStatus resultingStatus, Set<InstitutionStatus> allowedFrom) {
            this.verb = verb;
            this.resultingStatus = resultingStatus;
            this.allowedFrom = allowedFrom;
        }

        public String verb() {
            return verb;
        }

        public InstitutionStatus resultingStatus() {
            return resultingStatus;
        }

        public Set<InstitutionStatus> allowedFrom() {
            return Collections.unmodifiableSet(allowedFrom);
        }
    }
}
