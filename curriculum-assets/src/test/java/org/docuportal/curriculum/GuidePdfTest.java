package org.docuportal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GuidePdfTest {

    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void render() throws IOException {
        pdf = new GuidePdf().render(Fixtures.kimSecondary(), new MarkdownFormat());
        pages = PdfText.pages(pdf);
        Files.write(Path.of("target", "kim-il-sungs-children-secondary-school.pdf"), pdf);
    }

    @Test
    void isAnA4DocumentOfCoverContentsAndBodyNumberedPageNOfN() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
            assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Kim Il Sung's Children: a study guide for secondary schools");
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains("Page " + page + " of " + pages.size());
        }
    }

    @Test
    void theCoverNamesFilmGuideAudienceAndSummary() {
        assertThat(pages.get(0)).contains("Kim Il Sung's Children\n", "Kim Il Sung's Children: a study guide for secondary schools",
                "Secondary schools", "War orphans (전쟁고아) of the Korean War (朝鮮戦争)");
    }

    @Test
    void koreanAndJapaneseTextComesBackOutOfThePdf() {
        String body = String.join("\n", pages);

        assertThat(body).contains("김일성", "전쟁고아", "朝鮮戦争", "拉致被害者", "帰国事業");
        assertThat(body).as("no glyph was replaced").doesNotContain("#", "\uFFFD");
    }

    @Test
    void kanjiThatShareTheirGlyphWithARadicalAreSearchableAsTheKanji() {
        PdfBoxVersion.assumeSharedGlyphsExtractAsWritten();

        assertThat(String.join("\n", pages)).contains("金日成の子供たち");
    }

    @Test
    void everyFontIsAnEmbeddedSubsetAndBothNotoFontsAreUsed() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        assertThat(fonts).anyMatch(f -> f.endsWith("NotoSansKR-Regular")).anyMatch(f -> f.endsWith("NotoSansJP-Regular"))
                .allMatch(f -> f.matches("[A-Z]{6}\\+.*"));
    }

    @Test
    void theContentsGiveThePageEachSectionStartsOn() {
        Matcher entry = Pattern.compile("Sources for further reading[ .]+(\\d+)").matcher(pages.get(1));

        assertThat(pages.get(1)).contains("Contents", "Learning objectives", "Letters across borders");
        assertThat(entry.find()).as(pages.get(1)).isTrue();
        int page = Integer.parseInt(entry.group(1));
        assertThat(pages.get(page - 1)).contains("Sources for further reading\n", "The film's press kit.");
    }

    @Test
    void bookmarksLeadToContentsAndEverySectionWithItsSubsections() throws IOException {
        List<String> titles = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                item.children().forEach(child -> titles.add("  " + child.getTitle()));
            }
        }
        assertThat(titles).containsExactly("Contents", "Learning objectives", "Context", "Chapters", "Discussion questions",
                "Activities", "  Letters across borders", "  Map the journey", "Vocabulary", "Sources for further reading");
    }

    @Test
    void chaptersAreATableOfPlainTimecodesAndNames() {
        String body = String.join("\n", pages);

        assertThat(body).contains("Time Chapter\n00:00:00 Opening: archive footage of the war's end.",
                "00:41:10 The recall: the children are ordered home.", "What did the teachers at 00:12:30 find hardest");
        assertThat(body).doesNotContain("[[", "watch.xhtml");
    }
}
