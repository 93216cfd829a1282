package org.docuportal.web.api.curriculum;

import java.time.Instant;

import org.docuportal.curriculum.application.GuideDownloadView;

/** One recorded guide download: which guide, who, when, under which license. */
public record GuideDownloadDto(String guide, String downloader, Instant downloadedAt, String license) {

    static GuideDownloadDto of(GuideDownloadView view) {
        return new GuideDownloadDto(view.guide(), view.downloader(), view.downloadedAt(), view.license());
    }
}
