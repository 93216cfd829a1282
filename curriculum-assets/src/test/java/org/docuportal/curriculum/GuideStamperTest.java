package org.docuportal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GuideStamperTest {

    private static byte[] guide;
    private final GuideStamper stamper = new GuideStamper();

    @BeforeAll
    static void render() {
        guide = new GuidePdf().render(Fixtures.kimSecondary(), new MarkdownFormat());
    }

    @Test
    void everyPageCarriesTheLicenseLineAsText() throws IOException {
        GuideStamp stamp = new GuideStamp("서울국제고등학교", "김민지 <minji@example.kr>", LocalDate.of(2026, 3, 2), "L-2026-0042");

        byte[] stamped = stamper.stamp(guide, stamp);
        Files.write(Path.of("target", "kim-il-sungs-children-secondary-school-stamped.pdf"), stamped);

        List<String> pages = PdfText.pages(stamped);
        assertThat(pages).hasSize(PdfText.pages(guide).size()).allSatisfy(page -> assertThat(page).contains(
                "Licensed to 서울국제고등학교 for 김민지 <minji@example.kr> · 2026-03-02 · License L-2026-0042 · Not for redistribution"));
        try (PDDocument document = Loader.loadPDF(stamped)) {
            assertThat(document.getDocumentInformation().getCustomMetadataValue("DocuportalLicense")).isEqualTo("L-2026-0042");
        }
    }

    @Test
    void japaneseKanjiThatTheKoreanFontLacksComeFromTheJapaneseOne() {
        GuideStamp stamp = new GuideStamp("帰国事業研究会", "tanaka@example.jp", LocalDate.of(2026, 4, 1), "L-7");

        List<String> pages = PdfText.pages(stamper.stamp(guide, stamp));

        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Licensed to 帰国事業研究会 for tanaka@example.jp"));
    }

    @Test
    void kanjiThatShareTheirGlyphWithARadicalAreSearchableAsTheKanji() {
        PdfBoxVersion.assumeSharedGlyphsExtractAsWritten();
        GuideStamp stamp = new GuideStamp("金日成の子供たち研究会", "tanaka@example.jp", LocalDate.of(2026, 4, 1), "L-8");

        assertThat(PdfText.pages(stamper.stamp(guide, stamp))).allSatisfy(page -> assertThat(page).contains("金日成の子供たち"));
    }

    @Test
    void aCharacterNoFontHasBecomesAQuestionMarkRatherThanFailingTheDownload() {
        GuideStamp stamp = new GuideStamp("Smile \uD83D\uDE00 Academy", "a@example.org", LocalDate.of(2026, 1, 5), "L-1");

        assertThat(PdfText.pages(stamper.stamp(guide, stamp))).allSatisfy(page -> assertThat(page).contains("Licensed to Smile ? Academy"));
    }

    @Test
    void aLineTooLongForThePageWrapsAtItsDotsAndStaysOnThePage() throws IOException {
        byte[] narrow = blankPdf(new PDRectangle(100 * 72 / 25.4f, 150 * 72 / 25.4f));
        GuideStamp stamp = new GuideStamp("Defense Language Institute Foreign Language Center", "instructor@example.mil",
                LocalDate.of(2026, 5, 6), "L-99");

        String text = PdfText.pages(stamper.stamp(narrow, stamp)).get(0);

        assertThat(text).contains("Licensed to Defense Language Institute Foreign Language Center for instructor@example.mil ·",
                "2026-05-06 · License L-99 · Not for redistribution");
    }

    @Test
    void aStampNamesSomeoneAndALicense() {
        assertThatThrownBy(() -> new GuideStamp(" ", "u", LocalDate.of(2026, 1, 1), "L-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("institution");
    }

    private static byte[] blankPdf(PDRectangle size) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            new PDPageContentStream(document, page).close();
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
