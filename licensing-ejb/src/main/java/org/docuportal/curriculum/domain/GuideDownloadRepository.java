package org.docuportal.curriculum.domain;

import java.util.List;

/** Where guide downloads are recorded. Joins the caller's transaction. */
public interface GuideDownloadRepository {

    void add(GuideDownload download);

    /** The institution's downloads, newest first, at most {@code limit}. */
    List<GuideDownload> downloadsOf(long institutionId, int limit);
}
