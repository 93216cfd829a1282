package org.docuportal.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test guides under {@code src/test/resources/fixtures}. */
final class Fixtures {

    static final String GUIDES = "fixtures/guides";
    static final GuideId KIM_SECONDARY = new GuideId("kim-il-sungs-children", Audience.SECONDARY_SCHOOL);

    private Fixtures() {
    }

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The well-formed fixture, with Hangul, kana and kanji in it. */
    static StudyGuide kimSecondary() {
        try {
            return GuideSource.parse(KIM_SECONDARY.path(), text(GUIDES + "/" + KIM_SECONDARY.path()), KIM_SECONDARY);
        } catch (MalformedGuideException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
