package org.docuportal.web.api.curriculum;

import java.time.Instant;

import org.docuportal.curriculum.application.GuideDownloadView;

/**
 * One recorded guide download: which guide and which of its published versions, who, when, under
 * which license. {@code version} is null for copies made before guides had versions.
 */
public record GuideDownloadDto(String guide, Integer version, String downloader, Instant downloadedAt, String license) {

    static GuideDownloadDto of(GuideDownloadView view) {
        return new GuideDownloadDto(view.guide(), view.version(), view.downloader(), view.downloadedAt(), view.license());
    }
}
