package org.docuportal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideValidatorTest {

    @TempDir
    Path work;

    @Test
    void writesTheIndexOfWellFormedGuides() throws Exception {
        Path sources = work.resolve("guides");
        write(sources.resolve(Fixtures.KIM_SECONDARY.path()), Fixtures.text(Fixtures.GUIDES + "/" + Fixtures.KIM_SECONDARY.path()));
        Path index = work.resolve("classes/guides/index.txt");

        GuideValidator.main(new String[] {sources.toString(), index.toString()});

        assertThat(Files.readAllLines(index)).containsExactly("kim-il-sungs-children/secondary-school.md");
    }

    @Test
    void noGuideSourcesMeanAnEmptyIndex() throws Exception {
        Path index = work.resolve("index.txt");

        GuideValidator.main(new String[] {work.resolve("none").toString(), index.toString()});

        assertThat(Files.readAllLines(index)).isEmpty();
    }

    @Test
    void failsNamingEveryFileAndLineAndWritesNoIndex() throws Exception {
        Path sources = work.resolve("guides");
        write(sources.resolve(Fixtures.KIM_SECONDARY.path()), Fixtures.text(Fixtures.GUIDES + "/" + Fixtures.KIM_SECONDARY.path()));
        write(sources.resolve("kim-il-sungs-children/university.md"), Fixtures.text("fixtures/malformed/university.md"));
        write(sources.resolve("kim-il-sungs-children/teachers.md"), "notes");
        Path index = work.resolve("index.txt");

        MalformedGuideException e = catchThrowableOfType(MalformedGuideException.class,
                () -> GuideValidator.main(new String[] {sources.toString(), index.toString()}));

        String university = sources.resolve("kim-il-sungs-children/university.md").toString();
        assertThat(e.getMessage()).startsWith("10 problems in study-guide sources:\n")
                .contains(sources.resolve("kim-il-sungs-children/teachers.md") + ":1: a guide sits at <film-slug>/<audience>.md")
                .contains(university + ":3: unknown audience 'UNIVERSITIES'")
                .contains(university + ":15: bad timecode [[00:75:00]]: minutes must be below 60");
        assertThat(index).doesNotExist();
    }

    @Test
    void namesFilesRelativeToWhereTheBuildRuns() throws IOException {
        Path sources = work.resolve("module/src/main/guides");
        write(sources.resolve("kim-il-sungs-children/university.md"), Fixtures.text("fixtures/malformed/university.md"));
        List<GuideProblem> problems = new ArrayList<>();

        new GuideValidator(sources, work).check(problems);

        assertThat(problems).first().hasToString("module/src/main/guides/kim-il-sungs-children/university.md:3: "
                + "unknown audience 'UNIVERSITIES': one of SECONDARY_SCHOOL, UNIVERSITY, MILITARY_TRAINING");
    }

    @Test
    void aCharacterThePdfFontsLackIsReportedAtItsLine() throws IOException {
        Path sources = work.resolve("guides");
        String guide = Fixtures.text(Fixtures.GUIDES + "/" + Fixtures.KIM_SECONDARY.path())
                .replace("- A history of the Korean War.", "- A history of the Korean War \uD83D\uDE00 and \u0F40.");
        write(sources.resolve(Fixtures.KIM_SECONDARY.path()), guide);
        List<GuideProblem> problems = new ArrayList<>();

        List<StudyGuide> guides = new GuideValidator(sources, work).check(problems);

        assertThat(guides).isEmpty();
        assertThat(problems).extracting(GuideProblem::toString).containsExactly(
                "guides/kim-il-sungs-children/secondary-school.md:42: character '\uD83D\uDE00' (U+1F600) is in none of the PDF's fonts and would print as '#'",
                "guides/kim-il-sungs-children/secondary-school.md:42: character '\u0F40' (U+0F40) is in none of the PDF's fonts and would print as '#'");
    }

    @Test
    void aFileThatIsNotUtf8IsReported() throws IOException {
        Path file = work.resolve("guides/kim-il-sungs-children/university.md");
        Files.createDirectories(file.getParent());
        Files.write(file, "---\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        List<GuideProblem> problems = new ArrayList<>();

        new GuideValidator(work.resolve("guides"), work).check(problems);

        assertThat(problems).extracting(GuideProblem::toString)
                .containsExactly("guides/kim-il-sungs-children/university.md:1: the file is not UTF-8");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
