package org.docuportal.curriculum.infrastructure;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.docuportal.curriculum.GuideLibrary;
import org.docuportal.curriculum.application.GuideChapterView;

/**
 * The one {@link GuideLibrary} of the application. It reads the guides when first asked for and
 * renders each web page and PDF once, on first use, then keeps them.
 */
@ApplicationScoped
public class GuideLibraryProducer {

    /**
     * openhtmltopdf logs every step of every render at INFO; only its warnings belong in the server's
     * log. Held here because java.util.logging keeps loggers weakly, and a collected one forgets its level.
     */
    private static final Logger PDF_RENDERER_LOG = Logger.getLogger("com.openhtmltopdf");

    @Produces
    @Singleton
    GuideLibrary library() {
        PDF_RENDERER_LOG.setLevel(Level.WARNING);
        return GuideLibrary.fromClasspath(GuideChapterView.PLAYER_LINKS);
    }
}
