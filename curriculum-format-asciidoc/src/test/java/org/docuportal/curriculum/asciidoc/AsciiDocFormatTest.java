package org.docuportal.curriculum.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.docuportal.curriculum.Audience;
import org.docuportal.curriculum.Chapter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docuportal.curriculum.GuideId;
import org.docuportal.curriculum.GuidePdf;
import org.docuportal.curriculum.GuideProblem;
import org.docuportal.curriculum.GuideTemplate;
import org.docuportal.curriculum.MalformedGuideException;
import org.docuportal.curriculum.MarkdownFormat;
import org.docuportal.curriculum.StudyGuide;
import org.docuportal.curriculum.Timecode;
import org.docuportal.curriculum.TimecodeLinks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AsciiDocFormatTest {

    /** One format for the class: each starts its own JRuby, which takes seconds. */
    private static final AsciiDocFormat FORMAT = new AsciiDocFormat();

    private static final GuideId KIM_SECONDARY = new GuideId("kim-il-sungs-children", Audience.SECONDARY_SCHOOL);
    private static final TimecodeLinks LINKS = (film, seconds) -> "/watch.xhtml?slug=" + film + "&t=" + seconds;

    @AfterAll
    static void stopAsciidoctor() {
        FORMAT.close();
    }

    @Test
    void aGuideReadsIntoTheSameOutlineAsItsMarkdownTwin() throws MalformedGuideException {
        StudyGuide markdown = new MarkdownFormat().read("secondary-school.md", text("guides/secondary-school.md"), KIM_SECONDARY);

        StudyGuide asciidoc = FORMAT.read("secondary-school.adoc", text("guides/secondary-school.adoc"), KIM_SECONDARY);

        assertThat(asciidoc.format()).isEqualTo("asciidoc");
        assertThat(asciidoc.id()).isEqualTo(markdown.id());
        assertThat(asciidoc.title()).isEqualTo(markdown.title());
        assertThat(asciidoc.language()).isEqualTo(markdown.language());
        assertThat(asciidoc.summary()).isEqualTo(markdown.summary());
        assertThat(asciidoc.sections()).isEqualTo(markdown.sections());
        assertThat(asciidoc.chapters()).extracting(Chapter::start, Chapter::name, Chapter::text)
                .containsExactlyElementsOf(markdown.chapters().stream().map(c -> org.assertj.core.groups.Tuple.tuple(
                        c.start(), c.name(), c.text())).toList());
        assertThat(asciidoc.chapters()).extracting(Chapter::line).containsExactly(18, 19, 20, 21);
    }

    @Test
    void theBodyHasAnchoredHeadingsTheChapterTableAndTimecodeLinks() throws MalformedGuideException {
        StudyGuide guide = FORMAT.read("secondary-school.adoc", text("guides/secondary-school.adoc"), KIM_SECONDARY);

        String html = FORMAT.bodyHtml(guide, Optional.of(LINKS));
        String print = FORMAT.bodyHtml(guide, Optional.empty());

        assertThat(html).contains("<h2 id=\"guide-learning-objectives\">Learning objectives</h2>",
                "<h3 id=\"guide-letters-across-borders\">Letters across borders</h3>",
                "<table class=\"guide-chapters\">",
                "<a class=\"guide-timecode\" href=\"/watch.xhtml?slug=kim-il-sungs-children&amp;t=750\" data-seconds=\"750\">00:12:30</a>",
                "<strong>Kim Il Sung</strong>", "전쟁고아");
        assertThat(html).doesNotContain("00:04:15 Arrival");
        assertThat(print).contains("<span class=\"guide-timecode\" data-seconds=\"2470\">00:41:10</span>")
                .doesNotContain("<a class=\"guide-timecode\"");
    }

    @Test
    void theBodyIsXhtmlThePdfRendererLaysOut() throws Exception {
        StudyGuide guide = FORMAT.read("secondary-school.adoc", text("guides/secondary-school.adoc"), KIM_SECONDARY);

        byte[] pdf = new GuidePdf().render(guide, FORMAT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Letters across borders", "Arrival in Europe", "00:41:10");
        }
    }

    @Test
    void aMalformedGuideReportsEveryProblemWithItsLine() {
        MalformedGuideException e = catchThrowableOfType(MalformedGuideException.class, () -> FORMAT.read("malformed.adoc",
                text("guides/malformed.adoc"), new GuideId("kim-il-sungs-children", Audience.UNIVERSITY)));

        assertThat(e.problems()).extracting(GuideProblem::toString).containsExactly(
                "malformed.adoc:1: missing attribute ':summary:' in the header below the title",
                "malformed.adoc:3: unknown audience 'UNIVERSITIES': one of SECONDARY_SCHOOL, UNIVERSITY, MILITARY_TRAINING",
                "malformed.adoc:11: chapter item must start with a timecode, as in '* 00:12:30 Name: text'",
                "malformed.adoc:12: chapter item must start with a timecode, as in '* 00:12:30 Name: text'",
                "malformed.adoc:12: bad timecode 00:75:00: minutes must be below 60",
                "malformed.adoc:13: chapter at 00:10:00 starts before the chapter above it (00:20:00)",
                "malformed.adoc:15: section '== Context' is out of order: it must come before '== Chapters' (line 9)",
                "malformed.adoc:16: bad timecode 1:02:03: write it as HH:MM:SS, such as 00:41:10",
                "malformed.adoc:24: missing section '== Vocabulary' (it comes before '== Sources for further reading')");
    }

    @Test
    void passthroughsAreRefusedWhenReadAndShownAsTextWhenRendered() throws MalformedGuideException {
        String guide = text("guides/secondary-school.adoc");
        String attack = guide.replace("Trace the route from Pyongyang to Bucharest on a map.", String.join("\n",
                "Trace +++<script>alert(1)</script>+++ and pass:[<img src=x onerror=alert(2)>] link:javascript:alert(3)[here].",
                "",
                "++++",
                "<script>alert(4)</script>",
                "++++",
                "",
                "[subs=-specialchars]",
                "<iframe src=\"https://evil.example\"></iframe>",
                "",
                "[pass]",
                "<b onclick=alert(5)>bold</b>"));
        List<String> lines = attack.lines().toList();

        MalformedGuideException e = catchThrowableOfType(MalformedGuideException.class,
                () -> FORMAT.read("attack.adoc", attack, KIM_SECONDARY));

        assertThat(e.problems()).extracting(GuideProblem::line).contains(
                lines.indexOf("++++") + 1, lines.indexOf("[subs=-specialchars]") + 1, lines.indexOf("[pass]") + 1);
        assertThat(e.problems()).filteredOn(p -> p.message().startsWith("passthrough '")).hasSize(1);

        StudyGuide read = FORMAT.read("secondary-school.adoc", guide, KIM_SECONDARY);
        String html = FORMAT.bodyHtml(new StudyGuide(read.id(), read.title(), read.language(), read.summary(),
                read.sections(), read.chapters(), read.format(), attack), Optional.of(LINKS));
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<b onclick", "javascript:");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(4)&lt;/script&gt;",
                "&lt;iframe", "&lt;b onclick=alert(5)&gt;");
    }

    @Test
    void itsTemplateReadsBack() throws MalformedGuideException {
        List<GuideTemplate> films = List.of(
                new GuideTemplate(KIM_SECONDARY, "Kim Il Sung's Children", "North Korean war orphans *raised* in [Eastern] Europe.\n\n"
                        + "== Not a section\n* nor a list\n++++\n+++<b>x</b>+++ pass:[<i>]", 5040, List.of("History"),
                        List.of(new GuideTemplate.FilmChapter(new Timecode(390), "The war: its orphans"),
                                new GuideTemplate.FilmChapter(new Timecode(0), "*Prologue* [1]"),
                                new GuideTemplate.FilmChapter(new Timecode(840), " "))),
                new GuideTemplate(new GuideId("kim-il-sungs-children", Audience.UNIVERSITY, "ko"), "김일성의 아이들",
                        "한국전쟁 이후 동유럽으로 보내진 북한 전쟁고아들의 이야기.", 5040, List.of(), List.of()),
                new GuideTemplate(new GuideId("kim-il-sungs-children", Audience.MILITARY_TRAINING, "ja"), "金日成の子どもたち",
                        "", 0, List.of(), List.of(new GuideTemplate.FilmChapter(new Timecode(60), "朝鮮戦争"))));

        for (GuideTemplate film : films) {
            StudyGuide guide = FORMAT.read("new.adoc", FORMAT.template(film), film.id());

            assertThat(guide.id()).isEqualTo(film.id());
            assertThat(guide.title()).startsWith(film.filmTitle() + ": ");
            assertThat(guide.sections()).hasSize(7);
            assertThat(guide.chapters()).extracting(Chapter::start).isSorted().isNotEmpty();
            assertThat(FORMAT.bodyHtml(guide, Optional.empty())).doesNotContain("<b>", "<i>");
        }
        StudyGuide first = FORMAT.read("new.adoc", FORMAT.template(films.get(0)), KIM_SECONDARY);
        assertThat(first.chapters()).extracting(Chapter::name).containsExactly("*Prologue* [1]", "The war - its orphans", "Chapter 3");
    }

    private static String text(String resource) {
        try (InputStream in = AsciiDocFormatTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
