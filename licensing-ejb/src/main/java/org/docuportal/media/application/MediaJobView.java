package org.docuportal.media.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.media.domain.MediaJob;

/** A packaging job as the page and the API show it. */
public record MediaJobView(long id, String slug, String state, int percent, String stage, String error,
                           Integer estimatedSecondsLeft, long sourceBytes, Instant createdAt, Instant finishedAt)
                                   implements Serializable {

    static MediaJobView of(MediaJob job, String slug) {
        return new MediaJobView(job.id(), slug, job.state().name(), job.percent(), job.stage().name(), job.error(),
                job.estimatedSecondsLeft(), job.sourceBytes(), job.createdAt(), job.finishedAt());
    }

    public boolean finished() {
        return state.equals("DONE") || state.equals("FAILED");
    }
}
