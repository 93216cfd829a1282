package org.docuportal.privacy.infrastructure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row the servers' retention timers claim (see {@link JpaPersonalDataRepository#claimScheduledRun}).
 * Mapped only so that the claim is a JPQL update on the transaction's own connection; nothing reads it.
 */
@Entity
@Table(name = "privacy_job")
public class PrivacyJobClaim {

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    protected PrivacyJobClaim() {
    }
}
