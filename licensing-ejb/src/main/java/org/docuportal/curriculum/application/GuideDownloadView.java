package org.docuportal.curriculum.application;

import java.time.Instant;

import org.docuportal.curriculum.domain.GuideDownload;
import org.docuportal.licensing.domain.License;

/**
 * One recorded download, as the institution's administrator sees it.
 *
 * @param guide the guide's id, {@code <film>.<audience>[.<language>]}
 * @param version the number of the published version the copy was made from; null for copies made
 *        before guides had versions
 * @param downloader the member who downloaded it
 * @param downloadedAt when
 * @param license the reference of the license it was stamped with
 */
public record GuideDownloadView(String guide, Integer version, String downloader, Instant downloadedAt, String license) {

    static GuideDownloadView of(GuideDownload download) {
        return new GuideDownloadView(download.guide(), download.guideVersion().orElse(null), download.downloader(),
                download.downloadedAt(),
                License.referenceOf(download.licenseId()));
    }
}
