package org.docuportal.privacy.application;

import java.time.YearMonth;

/**
 * What one pseudonymization pass changed.
 *
 * @param firstKeptMonth  records of this month and later still name their people
 * @param plays           plays whose viewer was replaced
 * @param guideDownloads  guide downloads whose downloader was replaced
 * @param screenerRequests screener requests whose requester was replaced
 */
public record RetentionRun(YearMonth firstKeptMonth, int plays, int guideDownloads, int screenerRequests) {

    RetentionRun plus(RetentionRun batch) {
        return new RetentionRun(firstKeptMonth, plays + batch.plays, guideDownloads + batch.guideDownloads,
                screenerRequests + batch.screenerRequests);
    }

    boolean changedNothing() {
        return plays + guideDownloads + screenerRequests == 0;
    }
}
