package org.docuportal.media.application;

import jakarta.ejb.ApplicationException;

/** An upload over {@code portal.media.max-upload-bytes}; nothing of it was kept. */
@ApplicationException(rollback = true)
public class UploadTooLargeException extends RuntimeException {

    private final long limit;

    public UploadTooLargeException(long limit) {
        super("The video is larger than the limit of " + limit + " bytes (portal.media.max-upload-bytes); nothing was kept.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
