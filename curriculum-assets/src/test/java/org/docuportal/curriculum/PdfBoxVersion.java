package org.docuportal.curriculum;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.pdfbox.util.Version;

/** What the PDFBox on the classpath can do, for tests of a fix that a newer PDFBox brings. */
final class PdfBoxVersion {

    private PdfBoxVersion() {
    }

    /**
     * Skips a test on PDFBox before 3.0.8, which writes a CJK glyph shared with a radical into
     * the text layer as the radical (金 comes back as ⾦, U+2FA6): PDFBOX-6210. The portal pins
     * PDFBox in the root pom's {@code pdfbox.version}; these tests run once it is 3.0.8 or later.
     */
    static void assumeSharedGlyphsExtractAsWritten() {
        String[] parts = Version.getVersion().split("[.-]");
        int version = Integer.parseInt(parts[0]) * 10_000 + Integer.parseInt(parts[1]) * 100 + Integer.parseInt(parts[2]);
        assumeTrue(version >= 3_00_08, "PDFBOX-6210, fixed in PDFBox 3.0.8; this build has " + Version.getVersion());
    }
}
