package org.docuportal.web.api.media;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.docuportal.media.application.MediaJobView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A packaging job: state QUEUED, RUNNING, DONE or FAILED, the stage, percent done, an estimate and the reason of a failure. */
@JsonbPropertyOrder({"jobId", "state", "percent", "stage", "error", "estimatedSecondsLeft", "sourceBytes"})
public record MediaJobDto(long jobId, @Schema(enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED"}) String state, int percent, String stage, String error, Integer estimatedSecondsLeft,
                          long sourceBytes) {

    static MediaJobDto of(MediaJobView job) {
        return new MediaJobDto(job.id(), job.state(), job.percent(), job.stage(), job.error(), job.estimatedSecondsLeft(),
                job.sourceBytes());
    }
}
