package org.docuportal.shared.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The short transactions of {@link JobLeases}, each its own ({@code REQUIRES_NEW}): the claim is
 * committed before the round starts, so the other servers see it at once, and the end is recorded
 * after the round's own transactions have committed. For {@link JobLeases} only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeaseLedger {

    /** A won lease: whose, since when (the claim's identity for recording its end). */
    public record Claim(String name, String holder, Instant claimedAt) {
    }

    @Inject
    private JobLeaseRows rows;

    @Inject
    private Clock clock;

    public Optional<Claim> claim(String name, String holder, Duration lease) {
        // Whole milliseconds: the claim time is compared again when the end is recorded, and the columns keep microseconds at most.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return rows.claim(name, holder, now, now.plus(lease)) ? Optional.of(new Claim(name, holder, now)) : Optional.empty();
    }

    /** A claim for a run on demand, refused only while a round is in progress ({@link JobLeaseRows#claimUnlessRunning}). */
    public Optional<Claim> claimUnlessRunning(String name, String holder, Duration lease) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return rows.claimUnlessRunning(name, holder, now, now.plus(lease))
                ? Optional.of(new Claim(name, holder, now)) : Optional.empty();
    }

    public boolean exists(String name) {
        return rows.find(name).isPresent();
    }

    /** Adds a round's row; fails (and rolls back) when another server added it at the same moment. */
    public void add(String name) {
        rows.add(name);
    }

    public void finished(Claim claim) {
        rows.finished(claim.name(), claim.holder(), claim.claimedAt(), clock.instant());
    }

    public void released(Claim claim) {
        rows.released(claim.name(), claim.holder(), claim.claimedAt(), clock.instant());
    }

    public List<JobLeaseView> all() {
        Instant now = clock.instant();
        return rows.all().stream().map(l -> JobLeaseView.of(l, now)).toList();
    }
}
