package org.docuportal.licensing.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.docuportal.catalog.domain.RightsChange;

/**
 * A flag for the distributor: this license was covered by the rights until this change, and is
 * not any more. The license itself is left as it was; what to do (renegotiate, refund, revoke)
 * is the distributor's decision, taken with the institution.
 */
@Entity
@Table(name = "license_rights_issue")
public class LicenseRightsIssue {

    @Id
    @SequenceGenerator(name = "license_rights_issue_seq", sequenceName = "license_rights_issue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "license_rights_issue_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "license_id", nullable = false, updatable = false)
    private License license;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "rights_change_id", nullable = false, updatable = false)
    private RightsChange change;

    @Column(name = "flagged_at", nullable = false, updatable = false)
    private Instant flaggedAt;

    protected LicenseRightsIssue() {
    }

    public LicenseRightsIssue(License license, RightsChange change, Instant flaggedAt) {
        this.license = Objects.requireNonNull(license, "license");
        this.change = Objects.requireNonNull(change, "change");
        this.flaggedAt = Objects.requireNonNull(flaggedAt, "flagged at");
    }

    public Long id() {
        return id;
    }

    public License license() {
        return license;
    }

    public RightsChange change() {
        return change;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }
}
