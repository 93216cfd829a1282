package org.docuportal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

class GuideSourceTest {

    private static final String FRONT = """
            ---
            film: kim-il-sungs-children
            audience: UNIVERSITY
            title: "T: a guide"
            language: en
            summary: "S."
            ---
            """;

    private static final String SECTIONS = """
            ## Learning objectives
            - One.
            ## Context
            Text.
            ## Chapters
            - [[00:00:00]] Opening: start.
            ## Discussion questions
            1. Why?
            ## Activities
            ### Do
            Something.
            ## Vocabulary
            - **Word**: meaning.
            ## Sources for further reading
            - A book.
            """;

    @Test
    void readsTheFrontMatterOutlineAndChaptersOfAGuide() {
        StudyGuide guide = Fixtures.kimSecondary();

        assertThat(guide.id()).isEqualTo(Fixtures.KIM_SECONDARY);
        assertThat(guide.title()).isEqualTo("Kim Il Sung's Children: a study guide for secondary schools");
        assertThat(guide.filmTitle()).isEqualTo("Kim Il Sung's Children");
        assertThat(guide.language()).isEqualTo("en");
        assertThat(guide.summary()).contains("전쟁고아", "朝鮮戦争");
        assertThat(guide.sections()).extracting(GuideSection::heading).containsExactly("Learning objectives", "Context",
                "Chapters", "Discussion questions", "Activities", "Vocabulary", "Sources for further reading");
        assertThat(guide.sections().get(0).anchor()).isEqualTo("guide-learning-objectives");
        assertThat(guide.sections().get(4).subsections()).extracting(GuideSection::heading)
                .containsExactly("Letters across borders", "Map the journey");
        assertThat(guide.chapters()).containsExactly(
                new Chapter(new Timecode(0), "Opening", "archive footage of the war's end.", 20),
                new Chapter(new Timecode(255), "Arrival in Europe", "the first trains reach Romania & Poland.", 21),
                new Chapter(new Timecode(750), "School days", "teachers remember their pupils.", 22),
                new Chapter(new Timecode(2470), "The recall", "the children are ordered home.", 23));
        assertThat(guide.body()).startsWith("\n## Learning objectives");
    }

    @Test
    void reportsEveryProblemOfASourceWithItsLine() {
        MalformedGuideException e = catchThrowableOfType(MalformedGuideException.class,
                () -> GuideSource.parse("malformed/university.md", Fixtures.text("fixtures/malformed/university.md")));

        assertThat(e.problems()).extracting(GuideProblem::toString).containsExactly(
                "malformed/university.md:3: unknown audience 'UNIVERSITIES': one of SECONDARY_SCHOOL, UNIVERSITY, MILITARY_TRAINING",
                "malformed/university.md:6: missing front-matter key 'summary'",
                "malformed/university.md:8: level-1 heading '# A level-one heading': the title comes from the front matter, sections start with '## '",
                "malformed/university.md:15: chapter item must start with a timecode, as in '- [[00:12:30]] Name: text'",
                "malformed/university.md:15: bad timecode [[00:75:00]]: minutes must be below 60",
                "malformed/university.md:16: chapter item must start with a timecode, as in '- [[00:12:30]] Name: text'",
                "malformed/university.md:18: section '## Context' is out of order: it must come before '## Chapters' (line 13)",
                "malformed/university.md:22: bad timecode [[1:02:03]]: write it as [[HH:MM:SS]], such as [[00:41:10]]",
                "malformed/university.md:27: missing section '## Vocabulary' (it comes before '## Sources for further reading')");
        assertThat(e.getMessage()).startsWith("9 problems in study-guide sources:\nmalformed/university.md:3: ");
    }

    @Test
    void acceptsAMinimalGuide() throws MalformedGuideException {
        StudyGuide guide = GuideSource.parse("g.md", FRONT + SECTIONS);

        assertThat(guide.chapters()).extracting(Chapter::name).containsExactly("Opening");
    }

    @Test
    void aSourceWithoutFrontMatterIsReportedOnLineOneAndItsBodyStillChecked() {
        List<String> problems = problems("## Learning objectives\n- One.\n");

        assertThat(problems).first().asString().startsWith("g.md:1: missing front matter");
        assertThat(problems).contains("g.md:2: missing section '## Context' (expected after all the others' content)");
    }

    @Test
    void frontMatterThatIsNeverClosedIsReported() {
        assertThat(problems("---\nfilm: x\n")).contains("g.md:1: the front matter that starts here is never closed by a '---' line");
    }

    @Test
    void invalidYamlIsReportedAtItsLine() {
        String source = FRONT.replace("language: en", "language: [en") + SECTIONS;

        assertThat(problems(source)).anySatisfy(p -> assertThat(p).startsWith("g.md:6: front matter is not valid YAML"));
    }

    @Test
    void unknownDuplicateAndEmptyKeysAreReported() {
        String source = FRONT.replace("language: en", "language: en\ntitel: typo\nfilm: again\nsummary: ''") + SECTIONS;

        assertThat(problems(source)).contains(
                "g.md:6: unknown front-matter key 'titel': the keys are film, audience, title, language, summary",
                "g.md:7: front-matter key 'film' appears twice",
                "g.md:8: front-matter key 'summary' is empty",
                "g.md:9: front-matter key 'summary' appears twice");
    }

    @Test
    void aFilmSlugAndLanguageMustHaveTheirShape() {
        String source = FRONT.replace("film: kim-il-sungs-children", "film: Kim Il Sung").replace("language: en", "language: English") + SECTIONS;

        assertThat(problems(source)).containsExactly(
                "g.md:2: film 'Kim Il Sung' is not a film slug: lower-case letters, digits and dashes, as in the catalog",
                "g.md:5: language 'English' is not a language tag such as 'en' or 'ko'");
    }

    @Test
    void aSourceMustNameTheFilmAudienceAndLanguageOfItsGuide() {
        GuideId place = new GuideId("other-film", Audience.MILITARY_TRAINING);

        MalformedGuideException e = catchThrowableOfType(MalformedGuideException.class,
                () -> GuideSource.parse("g.md", FRONT + SECTIONS, place));

        assertThat(e.problems()).extracting(GuideProblem::line).containsExactly(2, 3);
        assertThat(e.problems().get(0).message()).contains("not this guide's film, 'other-film'");
        assertThat(e.problems().get(1).message()).contains("not this guide's audience, MILITARY_TRAINING");
    }

    @Test
    void unexpectedRepeatedAndMissingSectionsAreReported() {
        String body = SECTIONS.replace("## Vocabulary", "## Glossary").replace("## Activities", "## Context\n## Activities");

        assertThat(problems(FRONT + body)).contains(
                "g.md:16: section '## Context' appears twice (first on line 10)",
                "g.md:20: unexpected section '## Glossary': a guide has exactly these sections, in this order: "
                        + "'## Learning objectives', '## Context', '## Chapters', '## Discussion questions', '## Activities', "
                        + "'## Vocabulary', '## Sources for further reading'",
                "g.md:22: missing section '## Vocabulary' (it comes before '## Sources for further reading')");
    }

    @Test
    void chaptersMustHaveANameAndGoForwardInTime() {
        String body = SECTIONS.replace("- [[00:00:00]] Opening: start.", "- [[00:10:00]] Later: x.\n- [[00:05:00]] Earlier: y.\n- [[00:20:00]]");

        assertThat(problems(FRONT + body)).containsExactly(
                "g.md:14: chapter at 00:05:00 starts before the chapter above it (00:10:00)",
                "g.md:15: chapter at 00:20:00 has no name");
    }

    @Test
    void aChaptersSectionWithoutAListIsReported() {
        String body = SECTIONS.replace("- [[00:00:00]] Opening: start.", "See the film.");

        assertThat(problems(FRONT + body)).containsExactly(
                "g.md:12: section '## Chapters' has no list: write one '- [[HH:MM:SS]] Name: text' item per chapter");
    }

    @Test
    void rawHtmlIsReportedBecauseItWouldShowAsText() {
        String body = SECTIONS.replace("Text.", "Text <b>bold</b>.\n\n<script>alert(1)</script>");

        assertThat(problems(FRONT + body)).containsExactly(
                "g.md:11: raw HTML <b> is shown as text: write Markdown instead",
                "g.md:11: raw HTML </b> is shown as text: write Markdown instead",
                "g.md:13: raw HTML <script>alert(1)</script> is shown as text: write Markdown instead");
    }

    @Test
    void aTimecodeInACodeSpanIsLeftAlone() throws MalformedGuideException {
        String body = SECTIONS.replace("Text.", "Write `[[00:99:00]]` like this.");

        assertThat(GuideSource.parse("g.md", FRONT + body).body()).contains("`[[00:99:00]]`");
    }

    private static List<String> problems(String source) {
        MalformedGuideException e = catchThrowableOfType(MalformedGuideException.class, () -> GuideSource.parse("g.md", source));
        assertThat(e).as("problems expected in%n%s", source).isNotNull();
        return e.problems().stream().map(GuideProblem::toString).toList();
    }
}
