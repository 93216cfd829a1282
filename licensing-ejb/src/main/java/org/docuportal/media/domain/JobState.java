package org.docuportal.media.domain;

/** Where a packaging job is: waiting for a server, being packaged, finished, or given up with a reason. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
