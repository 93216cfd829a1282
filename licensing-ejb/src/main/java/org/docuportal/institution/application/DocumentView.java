package org.docuportal.institution.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.institution.domain.SupportingDocument;

/** A supporting document's description, without its content. */
public record DocumentView(long id, String fileName, String contentType, int size, String uploadedBy,
                           Instant uploadedAt) implements Serializable {

    static DocumentView of(SupportingDocument d) {
        return new DocumentView(d.id(), d.fileName(), d.contentType(), d.size(), d.uploadedBy(), d.uploadedAt());
    }
}
