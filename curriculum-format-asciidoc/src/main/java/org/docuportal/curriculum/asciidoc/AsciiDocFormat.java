package org.docuportal.curriculum.asciidoc;

import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.curriculum.CurriculumFormat;
import org.docuportal.curriculum.GuideId;
import org.docuportal.curriculum.GuideTemplate;
import org.docuportal.curriculum.MalformedGuideException;
import org.docuportal.curriculum.StudyGuide;
import org.docuportal.curriculum.TimecodeLinks;

/**
 * Guides written in AsciiDoc (see the package for the house format), a plugin: the portal finds it
 * among the {@link CurriculumFormat} beans on its class path and never names this class. Asciidoctor
 * starts on the first guide read or rendered, not with the portal, as it boots a JRuby runtime.
 */
@ApplicationScoped
public class AsciiDocFormat implements CurriculumFormat {

    /** The format's {@link #name()}, which every guide it reads records. */
    public static final String NAME = "asciidoc";

    private final AsciiDocEngine engine = new AsciiDocEngine();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "AsciiDoc";
    }

    @Override
    public String mediaType() {
        return "text/asciidoc";
    }

    @Override
    public StudyGuide read(String location, String source, GuideId expected) throws MalformedGuideException {
        return AsciiDocReader.read(engine, location, source, expected);
    }

    @Override
    public String bodyHtml(StudyGuide guide, Optional<TimecodeLinks> links) {
        return AsciiDocBody.html(engine, guide, links);
    }

    @Override
    public String template(GuideTemplate film) {
        return AsciiDocTemplate.of(film);
    }

    /** Stops Asciidoctor's JRuby runtime, if it was started, when the application stops. */
    @PreDestroy
    public void close() {
        engine.close();
    }
}
