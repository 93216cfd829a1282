package org.docuportal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DemoGuideSourcesTest {

    @Test
    void listsTheSourcesTheIndexNames() {
        List<DemoGuideSources.Source> sources = DemoGuideSources.load(getClass().getClassLoader(), Fixtures.GUIDES);

        assertThat(sources).extracting(DemoGuideSources.Source::id).containsExactly(Fixtures.KIM_SECONDARY);
        assertThat(sources.get(0).text()).startsWith("---");
    }

    @Test
    void aMissingIndexIsReportedAsABuildProblem() {
        assertThatThrownBy(() -> DemoGuideSources.load(getClass().getClassLoader(), "no-such-folder"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-folder/index.txt is not on the classpath");
    }

    /** The demo guides this jar ships: the build's index lists every source, and each reads as the guide its place names. */
    @Test
    void theClasspathHoldsEveryDemoGuideAndEachReads() throws IOException, MalformedGuideException {
        Path folder = Path.of("src", "main", "guides");
        List<String> files;
        try (Stream<Path> walk = Files.exists(folder) ? Files.walk(folder) : Stream.empty()) {
            files = walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }

        List<DemoGuideSources.Source> sources = DemoGuideSources.fromClasspath();

        assertThat(sources).extracting(s -> s.id().path()).containsExactlyInAnyOrderElementsOf(files);
        for (DemoGuideSources.Source source : sources) {
            assertThat(GuideSource.parse(source.id().path(), source.text(), source.id()).id()).isEqualTo(source.id());
        }
    }
}
