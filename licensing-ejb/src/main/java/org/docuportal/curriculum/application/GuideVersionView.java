package org.docuportal.curriculum.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One published version of a guide.
 *
 * @param number 1 for the first publication, then one more for each
 * @param format the source's format name
 * @param publishedAt when it was published
 * @param publishedBy who published it
 * @param pdfReady whether its PDF has been rendered (publishing renders it in the background)
 * @param latest whether it is the version readers get
 */
public record GuideVersionView(int number, String format, Instant publishedAt, String publishedBy, boolean pdfReady,
                               boolean latest) implements Serializable {
}
