package org.docuportal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GuideRendererTest {

    private final GuideRenderer renderer = new GuideRenderer((film, seconds) -> "/watch.xhtml?slug=" + film + "&t=" + seconds);

    @Test
    void theFragmentOpensWithATableOfContentsLinkingEveryHeading() {
        String html = renderer.html(Fixtures.kimSecondary(), new MarkdownFormat());

        assertThat(html).startsWith("<div class=\"study-guide\" lang=\"en\">\n<nav class=\"guide-toc\" aria-labelledby=\"guide-toc\">"
                + "<h2 id=\"guide-toc\">Contents</h2><ol><li><a href=\"#guide-learning-objectives\">Learning objectives</a></li>");
        assertThat(html).contains("<li><a href=\"#guide-activities\">Activities</a><ol>"
                + "<li><a href=\"#guide-letters-across-borders\">Letters across borders</a></li>");
        assertThat(html).contains("<h2 id=\"guide-learning-objectives\">Learning objectives</h2>",
                "<h3 id=\"guide-letters-across-borders\">Letters across borders</h3>",
                "<h2 id=\"guide-sources-for-further-reading\">Sources for further reading</h2>");
    }

    @Test
    void timecodesAreLinksToTheFilmAtThatMoment() {
        String html = renderer.html(Fixtures.kimSecondary(), new MarkdownFormat());

        assertThat(html).contains("What did the teachers at <a class=\"guide-timecode\" "
                + "href=\"/watch.xhtml?slug=kim-il-sungs-children&amp;t=750\" data-seconds=\"750\">00:12:30</a> find hardest");
        assertThat(html).doesNotContain("[[");
    }

    @Test
    void theChapterListIsATableOfTimecodeAndChapter() {
        String html = renderer.html(Fixtures.kimSecondary(), new MarkdownFormat());

        assertThat(html).contains("<table class=\"guide-chapters\"><thead><tr><th class=\"guide-chapter-time\" scope=\"col\">Time</th>"
                + "<th scope=\"col\">Chapter</th></tr></thead>");
        assertThat(html).contains("<tr><td class=\"guide-chapter-time\"><a class=\"guide-timecode\" "
                + "href=\"/watch.xhtml?slug=kim-il-sungs-children&amp;t=255\" data-seconds=\"255\">00:04:15</a></td>"
                + "<td><strong class=\"guide-chapter-name\">Arrival in Europe:</strong> the first trains reach Romania &amp; Poland.</td></tr>");
    }

    @Test
    void rawHtmlAndScriptLinksInASourceAreEscapedNotPassedThrough() {
        StudyGuide guide = new StudyGuide(Fixtures.KIM_SECONDARY, "T", "en", "S", List.of(), List.of(), MarkdownFormat.NAME, """
                ## Context
                <script>alert('block')</script>

                Inline <img src=x onerror="alert(1)"> and [a link](javascript:alert(2)).
                """);

        String html = renderer.html(guide, new MarkdownFormat());

        assertThat(html).doesNotContain("<script", "<img", "javascript:");
        assertThat(html).contains("&lt;script&gt;alert('block')&lt;/script&gt;", "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    }

    @Test
    void aTimecodeInsideALinkStaysPlainTextSoLinksDoNotNest() {
        StudyGuide guide = new StudyGuide(Fixtures.KIM_SECONDARY, "T", "en", "S", List.of(), List.of(), MarkdownFormat.NAME,
                "See [the recall at [[00:41:10]]](https://example.org/recall).\n");

        assertThat(renderer.html(guide, new MarkdownFormat())).contains("<a rel=\"nofollow\" href=\"https://example.org/recall\">the recall at "
                + "<span class=\"guide-timecode\" data-seconds=\"2470\">00:41:10</span></a>");
    }
}
