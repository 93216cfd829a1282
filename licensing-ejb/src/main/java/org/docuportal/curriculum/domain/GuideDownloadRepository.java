package org.docuportal.curriculum.domain;

import java.time.LocalDate;
import java.util.List;

import org.docuportal.catalog.domain.Title;
import org.docuportal.institution.domain.Institution;
import org.docuportal.licensing.domain.License;

/** Where guide downloads are recorded, and the licenses that may open a title's guides. Joins the caller's transaction. */
public interface GuideDownloadRepository {

    /**
     * The institution's active licenses of the title whose term has not ended by that day, the
     * longest-running first: the candidates for {@link GuideAccessRule}.
     */
    List<License> unexpiredLicenses(Institution institution, Title title, LocalDate day);

    void add(GuideDownload download);

    /** The institution's downloads, newest first, at most {@code limit}. */
    List<GuideDownload> downloadsOf(long institutionId, int limit);
}
