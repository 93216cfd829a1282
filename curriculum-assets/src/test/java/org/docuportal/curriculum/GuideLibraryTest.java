package org.docuportal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class GuideLibraryTest {

    private static final TimecodeLinks LINKS = (film, seconds) -> "/watch.xhtml?slug=" + film + "&t=" + seconds;

    @Test
    void loadsTheGuidesTheIndexLists() {
        GuideLibrary library = GuideLibrary.load(getClass().getClassLoader(), Fixtures.GUIDES, LINKS);

        assertThat(library.guides()).extracting(StudyGuide::id).containsExactly(Fixtures.KIM_SECONDARY);
        assertThat(library.forFilm("kim-il-sungs-children")).hasSize(1);
        assertThat(library.find(new GuideId("kim-il-sungs-children", Audience.UNIVERSITY))).isEmpty();
        assertThat(library.html(Fixtures.KIM_SECONDARY)).get().asString().contains("href=\"/watch.xhtml?slug=kim-il-sungs-children&amp;t=750\"");
        assertThat(library.pdf(new GuideId("no-such-film", Audience.UNIVERSITY))).isEmpty();
    }

    @Test
    void rendersEachGuideOnceHoweverManyAskAtOnce() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        GuideLibrary library = new GuideLibrary(List.of(Fixtures.kimSecondary()), new GuideRenderer(LINKS), guide -> {
            renders.incrementAndGet();
            sleep(200);
            return new byte[] {1, 2, 3};
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<byte[]>> downloads = IntStream.range(0, 16)
                    .<Callable<byte[]>>mapToObj(i -> () -> library.pdf(Fixtures.KIM_SECONDARY).orElseThrow()).toList();
            for (Future<byte[]> download : pool.invokeAll(downloads)) {
                assertThat(download.get()).containsExactly(1, 2, 3);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(renders).hasValue(1);
    }

    @Test
    void aCallerCannotChangeTheCachedPdf() {
        GuideLibrary library = new GuideLibrary(List.of(Fixtures.kimSecondary()), new GuideRenderer(LINKS), guide -> new byte[] {1});

        library.pdf(Fixtures.KIM_SECONDARY).orElseThrow()[0] = 9;

        assertThat(library.pdf(Fixtures.KIM_SECONDARY)).get().isEqualTo(new byte[] {1});
    }

    @Test
    void aFailedRenderIsTriedAgainByTheNextCaller() {
        AtomicInteger calls = new AtomicInteger();
        GuideLibrary library = new GuideLibrary(List.of(Fixtures.kimSecondary()), new GuideRenderer(LINKS), guide -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("font missing");
            }
            return new byte[] {7};
        });

        assertThatThrownBy(() -> library.pdf(Fixtures.KIM_SECONDARY)).hasMessage("font missing");
        assertThat(library.pdf(Fixtures.KIM_SECONDARY)).get().isEqualTo(new byte[] {7});
    }

    @Test
    void aStampedDownloadIsTheRenderedGuideWithTheLicenseLine() {
        GuideLibrary library = GuideLibrary.load(getClass().getClassLoader(), Fixtures.GUIDES, LINKS);
        GuideStamp stamp = new GuideStamp("Demo Secondary School", "teacher@demo.example", LocalDate.of(2026, 9, 1), "L-1");

        byte[] pdf = library.stampedPdf(Fixtures.KIM_SECONDARY, stamp).orElseThrow();

        assertThat(PdfText.pages(pdf)).allSatisfy(page -> assertThat(page).contains("Licensed to Demo Secondary School for teacher@demo.example"));
        assertThat(PdfText.pages(library.pdf(Fixtures.KIM_SECONDARY).orElseThrow())).noneSatisfy(page ->
                assertThat(page).contains("Licensed to"));
    }

    @Test
    void aMissingIndexIsReportedAsABuildProblem() {
        assertThatThrownBy(() -> GuideLibrary.load(getClass().getClassLoader(), "no-such-folder", LINKS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-folder/index.txt is not on the classpath");
    }

    /** The library this jar ships: the build's index lists every source, and each renders. */
    @Test
    void theClasspathLibraryHoldsEveryGuideSourceAndEachRenders() throws IOException {
        Path sources = Path.of("src", "main", "guides");
        List<String> files;
        try (Stream<Path> walk = Files.exists(sources) ? Files.walk(sources) : Stream.empty()) {
            files = walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> sources.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }

        GuideLibrary library = GuideLibrary.fromClasspath(LINKS);

        assertThat(library.guides()).extracting(g -> g.id().path()).containsExactlyInAnyOrderElementsOf(files);
        for (StudyGuide guide : library.guides()) {
            assertThat(library.html(guide.id())).get().asString().contains("guide-learning-objectives");
            assertThat(PdfText.pages(library.pdf(guide.id()).orElseThrow())).first().asString().contains(guide.filmTitle());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
