package org.docuportal.privacy.application;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.privacy.domain.PersonalDataRepository;
import org.docuportal.shared.domain.Pseudonym;

/**
 * One batch of the retention pass: replaces the people named in usage records older than the
 * retention period with pseudonyms, a fresh one per person and kind of record, all of that
 * person's old records at once. Counts, titles, institutions, countries and months stay as they
 * were, so every usage report adds up as before; only "who" is gone, and the plays' networks with it.
 *
 * <p>Each batch is its own transaction ({@code REQUIRES_NEW}), so that a long pass holds its row
 * locks briefly and a failure keeps the batches already done. Called by {@link RetentionJob} only,
 * which owns the security check; it is {@code @PermitAll} because the timer calls it without a caller.
 */
@Stateless
@PermitAll
public class UsageIdentityRetention {

    /** People per kind of record in one transaction. */
    static final int BATCH = 200;

    @Inject
    private PersonalDataRepository data;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RetentionRun batch(YearMonth firstKeptMonth, Instant now) {
        var month = firstKeptMonth.atDay(1);
        int plays = 0;
        for (String viewer : data.viewersBefore(month, now, BATCH)) {
            plays += data.pseudonymizePlays(viewer, month, now, Pseudonym.random());
        }
        int downloads = 0;
        for (String downloader : data.downloadersBefore(month, BATCH)) {
            downloads += data.pseudonymizeGuideDownloads(downloader, month, Pseudonym.random());
        }
        int screeners = 0;
        for (long id : data.screenerRequestsBefore(month.atStartOfDay(ZoneOffset.UTC).toInstant(), now, BATCH)) {
            data.pseudonymizeScreenerRequest(id, Pseudonym.random());
            screeners++;
        }
        return new RetentionRun(firstKeptMonth, plays, downloads, screeners);
    }
}
