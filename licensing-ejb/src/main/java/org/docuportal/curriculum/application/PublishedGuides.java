package org.docuportal.curriculum.application;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.curriculum.CurriculumFormat;
import org.docuportal.curriculum.GuidePdf;
import org.docuportal.curriculum.GuideRenderer;
import org.docuportal.curriculum.MalformedGuideException;
import org.docuportal.curriculum.StudyGuide;
import org.docuportal.curriculum.domain.PublishedGuideVersion;

/**
 * Published versions as readers get them: read by their format, rendered as a web page or a PDF.
 * A version never changes, so what is read and rendered is kept by the version's id; every server
 * keeps its own copy, and none can be stale.
 */
@ApplicationScoped
public class PublishedGuides {

    private static final Logger LOG = Logger.getLogger(PublishedGuides.class.getName());

    private final ConcurrentMap<Long, StudyGuide> guides = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, String> pages = new ConcurrentHashMap<>();

    @Inject
    private CurriculumFormats formats;

    /**
     * The version as a guide.
     *
     * @throws IllegalStateException if it no longer reads (its format's jar is gone), which is logged
     */
    public StudyGuide guide(PublishedGuideVersion version) {
        return guides.computeIfAbsent(version.id(), id -> read(version));
    }

    /** The version's web-page fragment, its timecodes linking to the player. */
    public String html(PublishedGuideVersion version) {
        return pages.computeIfAbsent(version.id(), id ->
                new GuideRenderer(GuideChapterView.PLAYER_LINKS).html(guide(version), formats.of(version.format())));
    }

    /** A guide not yet published as readers would see it, for the editor's preview (nothing is kept). */
    public String preview(StudyGuide guide, CurriculumFormat format) {
        return new GuideRenderer(GuideChapterView.PLAYER_LINKS).html(guide, format);
    }

    /** The version's PDF, rendered now (callers store it: see {@link GuidePdfRendering}). */
    public byte[] renderPdf(PublishedGuideVersion version) {
        return new GuidePdf().render(guide(version), formats.of(version.format()));
    }

    private StudyGuide read(PublishedGuideVersion version) {
        CurriculumFormat format = formats.of(version.format());
        try {
            return format.read(version.guide().guideId().path(), version.source(), version.guide().guideId());
        } catch (MalformedGuideException e) {
            LOG.log(Level.SEVERE, "published study guide {0} version {1} no longer reads: {2}",
                    new Object[] {version.guide().guideId().key(), version.number(), e.getMessage()});
            throw new IllegalStateException("study guide " + version.guide().guideId().key() + " version "
                    + version.number() + " no longer reads", e);
        }
    }
}
