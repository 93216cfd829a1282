package org.docuportal.catalog.application;

import jakarta.ejb.ApplicationException;

/** A poster upload over the size limit ({@code portal.images.max-poster-bytes}); nothing was stored. */
@ApplicationException(rollback = true)
public class PosterTooLargeException extends RuntimeException {

    private final long limit;

    public PosterTooLargeException(long limit) {
        super("The poster is larger than " + describe(limit) + ", the limit of this portal (portal.images.max-poster-bytes).");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    private static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
