package org.docuportal.curriculum;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The build step that refuses a malformed guide: it checks every {@code .md} below the guide
 * sources and fails the build with each problem as {@code file:line: message}, then writes the
 * index {@link DemoGuideSources} reads. The module's POM runs it in {@code process-classes}, so
 * {@code package}, {@code verify} and {@code install} all check the guides, and skipping tests
 * does not skip it.
 *
 * <p>Beyond what {@link GuideSource} checks, it requires each file to sit at
 * {@code <film>/<audience>.md}, to be UTF-8, and to use only characters the PDF's fonts have.
 */
public final class GuideValidator {

    private final Path sources;
    private final Path workingDirectory;
    private GlyphCoverage glyphs;

    GuideValidator(Path sources, Path workingDirectory) {
        this.sources = sources;
        this.workingDirectory = workingDirectory.toAbsolutePath();
    }

    /**
     * Checks the guides and writes the index.
     *
     * @param args the guide sources' folder (which need not exist: no guides) and the index file to write
     * @throws MalformedGuideException listing every problem, which fails the build
     */
    public static void main(String[] args) throws IOException, MalformedGuideException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GuideValidator <guide sources folder> <index file to write>");
        }
        GuideValidator validator = new GuideValidator(Path.of(args[0]), Path.of(""));
        List<GuideProblem> problems = new ArrayList<>();
        List<StudyGuide> guides = validator.check(problems);
        if (!problems.isEmpty()) {
            throw new MalformedGuideException(problems);
        }
        Path index = Path.of(args[1]);
        Files.createDirectories(index.toAbsolutePath().getParent());
        Files.write(index, guides.stream().map(g -> g.id().path()).toList(), StandardCharsets.UTF_8);
        System.out.println("Checked " + guides.size() + " study guide" + (guides.size() == 1 ? "" : "s")
                + " in " + validator.display(validator.sources) + "; index written to " + validator.display(index));
    }

    /** The guides that read well, in path order; the problems of the others go into {@code problems}. */
    List<StudyGuide> check(List<GuideProblem> problems) throws IOException {
        List<StudyGuide> guides = new ArrayList<>();
        if (!Files.isDirectory(sources)) {
            return guides;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            check(file, problems).ifPresent(guides::add);
        }
        return guides;
    }

    private Optional<StudyGuide> check(Path file, List<GuideProblem> problems) throws IOException {
        String location = display(file);
        String relative = sources.relativize(file).toString().replace('\\', '/');
        Optional<GuideId> place = GuideId.fromPath(relative);
        if (place.isEmpty()) {
            problems.add(new GuideProblem(location, 1, "a guide sits at <film-slug>/<audience>.md, the audience one of "
                    + String.join(", ", Stream.of(Audience.values()).map(a -> a.fileName() + ".md").toList())));
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(new GuideProblem(location, 1, "the file is not UTF-8"));
            return Optional.empty();
        }
        int before = problems.size();
        checkGlyphs(location, text, problems);
        try {
            StudyGuide guide = GuideSource.parse(location, text, place.get());
            return problems.size() == before ? Optional.of(guide) : Optional.empty();
        } catch (MalformedGuideException e) {
            problems.addAll(e.problems());
            problems.subList(before, problems.size()).sort(Comparator.comparingInt(GuideProblem::line));
            return Optional.empty();
        }
    }

    private void checkGlyphs(String location, String text, List<GuideProblem> problems) {
        if (glyphs == null) {
            glyphs = new GlyphCoverage();
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            lines.get(i).codePoints().distinct().filter(cp -> !glyphs.canShow(cp)).forEach(cp -> problems.add(new GuideProblem(
                    location, line, String.format("character '%s' (U+%04X) is in none of the PDF's fonts and would print as '#'",
                            Character.toString(cp), cp))));
        }
    }

    /** A path as the reader of the build log can open it: relative to where the build runs, if below it. */
    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute)
                .toString().replace('\\', '/');
    }
}
