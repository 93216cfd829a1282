package org.docuportal.curriculum.application;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.docuportal.curriculum.domain.PublishedGuideVersion;
import org.docuportal.curriculum.domain.StudyGuideRepository;

/**
 * Renders each published version's PDF once and keeps it in the database: in the background right
 * after the publication commits, or on the first download if that comes first. Every server then
 * stamps the same stored document.
 */
@Stateless
@PermitAll
public class GuidePdfRendering {

    private static final Logger LOG = Logger.getLogger(GuidePdfRendering.class.getName());

    @Inject
    private StudyGuideRepository guides;

    @Inject
    private PublishedGuides published;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Starts the render of a version that has just been published, once its publication has committed. */
    public void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) GuidePublished event) {
        // Through the container, so that the call is asynchronous: a plain this-call would render in the caller's thread.
        session.getBusinessObject(GuidePdfRendering.class).renderInBackground(event.versionId());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void renderInBackground(long versionId) {
        try {
            guides.version(versionId).filter(v -> !v.isPdfReady()).ifPresent(this::renderAndStore);
        } catch (RuntimeException e) {
            // The first download renders it instead; the log says why the background could not.
            LOG.log(Level.WARNING, "rendering the PDF of study guide version " + versionId + " failed", e);
        }
    }

    /** The version's PDF: the stored one, or rendered and stored now. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public byte[] pdfOf(PublishedGuideVersion version) {
        return version.pdf().orElseGet(() -> renderAndStore(version));
    }

    private byte[] renderAndStore(PublishedGuideVersion version) {
        byte[] pdf = published.renderPdf(version);
        guides.storePdfIfMissing(version.id(), pdf, clock.instant());
        return pdf;
    }
}
