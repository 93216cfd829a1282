package org.docuportal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

class MarkdownFormatTest {

    private final MarkdownFormat format = new MarkdownFormat();

    @Property(tries = 200)
    void everyTemplateReadsBackAsTheGuideItStarts(@ForAll("films") GuideTemplate film) throws MalformedGuideException {
        StudyGuide guide = format.read("new.md", format.template(film), film.id());

        assertThat(guide.id()).isEqualTo(film.id());
        assertThat(guide.format()).isEqualTo("markdown");
        assertThat(guide.title()).startsWith(film.filmTitle().replaceAll("\\s+", " ").strip() + ": ");
        assertThat(guide.sections()).extracting(GuideSection::heading).containsExactly("Learning objectives", "Context",
                "Chapters", "Discussion questions", "Activities", "Vocabulary", "Sources for further reading");
        List<Timecode> expected = film.chapters().isEmpty() ? List.of(new Timecode(0))
                : film.chapters().stream().map(GuideTemplate.FilmChapter::start).sorted().toList();
        assertThat(guide.chapters()).extracting(Chapter::start).containsExactlyElementsOf(expected);
        assertThat(guide.chapters()).allSatisfy(c -> assertThat(c.line()).isPositive());
        if (!film.synopsis().isBlank()) {
            assertThat(format.bodyHtml(guide, Optional.empty())).contains(firstWord(film.synopsis()));
        }
    }

    @Test
    void aFilmWithNoChaptersStartsWithOnePlaceholderChapterAtTheStart() throws MalformedGuideException {
        GuideId id = new GuideId("kim-il-sungs-children", Audience.UNIVERSITY, "ko");
        GuideTemplate film = new GuideTemplate(id, "김일성의 아이들", "", 0, List.of(), List.of());

        StudyGuide guide = format.read("new.md", format.template(film), id);

        assertThat(guide.title()).startsWith("김일성의 아이들: ");
        assertThat(guide.chapters()).hasSize(1);
        assertThat(guide.chapters().get(0).start()).isEqualTo(new Timecode(0));
    }

    @Test
    void chapterLinesAreLinesOfTheSource() throws MalformedGuideException {
        String source = format.template(new GuideTemplate(Fixtures.KIM_SECONDARY, "Kim Il Sung's Children", "A film.", 5040,
                List.of(), List.of(new GuideTemplate.FilmChapter(new Timecode(0), "Prologue"),
                        new GuideTemplate.FilmChapter(new Timecode(390), "The war and its orphans"))));
        List<String> lines = source.lines().toList();

        StudyGuide guide = format.read("new.md", source, Fixtures.KIM_SECONDARY);

        assertThat(guide.chapters()).allSatisfy(c -> assertThat(lines.get(c.line() - 1)).startsWith("- [[" + c.start().text() + "]] " + c.name()));
    }

    @Provide
    Arbitrary<GuideTemplate> films() {
        Arbitrary<GuideId> ids = Combinators.combine(
                Arbitraries.of("kim-il-sungs-children", "korean-war-prisoners-working-title", "a-film-2024"),
                Arbitraries.of(Audience.class), Arbitraries.of("en", "ko", "ja", "de")).as(GuideId::new);
        Arbitrary<String> titles = Arbitraries.oneOf(
                Arbitraries.of("Kim Il Sung's Children", "김일성의 아이들", "金日成の子どもたち", "\"Quoted\": a # title",
                        "Prisoners of War: 1950–1953", "<b>Bold</b> & *starred*"),
                text().filter(t -> !t.isBlank()));
        Arbitrary<String> synopses = Arbitraries.oneOf(Arbitraries.of("",
                "한국전쟁 이후 동유럽으로 보내진 북한 전쟁고아들의 이야기.\n\n朝鮮戦争の孤児たち。",
                "# Not a heading\n1. not a list\n- nor this\n    nor code\n> nor a quote\n---"), text());
        Arbitrary<List<GuideTemplate.FilmChapter>> chapters = Combinators.combine(
                Arbitraries.integers().between(0, 99 * 3600), Arbitraries.oneOf(text(), Arbitraries.of("", " ", "Part 1: the war", "전쟁"))
        ).as((seconds, name) -> new GuideTemplate.FilmChapter(new Timecode(seconds), name)).list().ofMaxSize(12);
        return Combinators.combine(ids, titles, synopses, chapters)
                .as((id, title, synopsis, list) -> new GuideTemplate(id, title, synopsis, 5040, List.of("History"), list));
    }

    /** Words with the characters Markdown and YAML give meaning to, Hangul, kana and kanji. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abcXYZ 0123456789.,:;'\"*_#<>&-+=!|~`{}()]\\\n가나다한국語日本の")
                .ofMinLength(1).ofMaxLength(60);
    }

    private static String firstWord(String synopsis) {
        return synopsis.strip().chars().filter(Character::isLetter).limit(1)
                .mapToObj(Character::toString).findFirst().orElse("");
    }
}
