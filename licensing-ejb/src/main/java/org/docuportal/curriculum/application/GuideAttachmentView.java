package org.docuportal.curriculum.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A file attached to a guide: a worksheet (PDF) or an image the guide shows.
 *
 * @param name its file name, unique within the guide; the source refers to images by it
 * @param contentType {@code application/pdf}, {@code image/png} or {@code image/jpeg}
 * @param size its size in bytes
 * @param uploadedAt when it was attached
 * @param uploadedBy who attached it
 */
public record GuideAttachmentView(String name, String contentType, long size, Instant uploadedAt, String uploadedBy)
        implements Serializable {
}
