package org.docuportal.media.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Adopts a media set the portal did not package in a transaction of its own, so that a request
 * losing the race to adopt it at the same moment as another fails here, not in its caller's
 * transaction ({@link MediaSetFiles#adopt}).
 */
@Stateless
public class MediaAdoption {

    @Inject
    private MediaSetFiles files;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void adoptAlone(long titleId, String slug) {
        files.adoptHere(titleId, slug);
    }
}
