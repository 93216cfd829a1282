package org.docuportal.catalog.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.docuportal.catalog.domain.CatalogRevision;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleText;
import org.docuportal.demo.DemoCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalog search on the demo titles and a few neighbours chosen to be near misses: another
 * Kim, another war, "power" beside "POW".
 */
class TitleIndexSnapshotTest {

    private static final long KIM = 1;
    private static final long PRISONERS = 2;
    private static final long KIM_JONG_IL = 3;
    private static final long POWER = 4;
    private static final long ORPHANS = 5;

    private static final TitleIndexSnapshot INDEX = TitleIndexSnapshot.build(catalog(), new CatalogRevision(5, 5, 5),
            TitleAnalyzers.query(TitleAnalyzers.synonyms()));

    private static List<TitleText> catalog() {
        List<TitleText> texts = new ArrayList<>();
        List<Title> demo = DemoCatalog.titles();
        texts.add(text(KIM, demo.get(0)));
        texts.add(text(PRISONERS, demo.get(1)));
        texts.add(new TitleText(KIM_JONG_IL, "The Dear Leader: Kim Jong-il", "김정일", List.of("金正日"),
                "A portrait of Kim Jong-il, son of the founder of North Korea.", List.of("Biography")));
        texts.add(new TitleText(POWER, "Power Lines", null, List.of(),
                "Electricity reaches a village in the mountains; the powerful and the powerless.", List.of("Energy")));
        texts.add(new TitleText(ORPHANS, "Far From Home", null, List.of(),
                "Children sent abroad after a war grow up among strangers.", List.of("Migration")));
        return texts;
    }

    private static TitleText text(long id, Title t) {
        return new TitleText(id, t.title(), t.originalTitle(), t.alternateTitles(), t.synopsis(), t.subjects());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kim Il-sung", "Kim Ilsung", "kim il sung", "KimIlSung", "Kim Il Sung's Children",
            "김일성", "金日成", "김일성의 아이들", "金日成の子供たち", "ＫＩＭ　ＩＬ－ＳＵＮＧ"})
    void everySpellingOfTheNameFindsTheFilmAboutHisChildrenFirst(String query) {
        assertThat(INDEX.rank(query)).first().isEqualTo(KIM);
        assertThat(INDEX.rank(query)).doesNotContain(KIM_JONG_IL, POWER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POW", "pows", "prisoners of war", "Prisoner of War", "전쟁포로", "捕虜"})
    void prisonersOfWarAndTheirAbbreviationFindEachOther(String query) {
        assertThat(INDEX.rank(query)).containsExactly(PRISONERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kim Jong-un", "김정은", "金正恩", "Il-sung Park", "power of war", "prisoners of love", "zebra"})
    void nearMissesFindNeitherDemoFilm(String query) {
        assertThat(INDEX.rank(query)).doesNotContain(KIM, PRISONERS);
    }

    @Test
    void aMatchInTheTitleRanksAboveOneInTheSynopsis() {
        assertThat(INDEX.rank("children")).startsWith(KIM).contains(ORPHANS);
    }

    @Test
    void wordsFromDifferentFieldsMatchTogether() {
        // "Cold War" is a subject of the film, "orphans" is in its synopsis.
        assertThat(INDEX.rank("cold war orphans")).containsExactly(KIM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "\"", "title:*", "AND OR", "NOT", "((", "*", "?", "\\", "names:kim^100",
            "kim~2", "/re.*gex/", "\u0000", "\uD800", "😀🎬", "{!lucene}"})
    void textThatIsNoWordOrLooksLikeQuerySyntaxNeverFails(String hostile) {
        assertThatCode(() -> INDEX.rank(hostile)).doesNotThrowAnyException();
    }

    @Test
    void syntaxCharactersAroundAWordAreIgnored() {
        assertThat(INDEX.rank("\"Kim Il-sung\"")).first().isEqualTo(KIM);
        assertThat(INDEX.rank("+(Kim)~ -Ilsung*")).first().isEqualTo(KIM);
    }

    @Test
    void veryLongTextInAnyScriptIsCutNotRefused() {
        assertThatCode(() -> INDEX.rank("kim ".repeat(20_000))).doesNotThrowAnyException();
        assertThatCode(() -> INDEX.rank("金日成".repeat(10_000))).doesNotThrowAnyException();
        assertThatCode(() -> INDEX.rank("pow ".repeat(5_000))).doesNotThrowAnyException();
        assertThat(INDEX.rank("김일성" + " ".repeat(100_000))).first().isEqualTo(KIM);
    }

    @Test
    void synonymsParseFromTheRulesFormat() {
        TitleIndexSnapshot index = TitleIndexSnapshot.build(catalog(), new CatalogRevision(5, 5, 5),
                TitleAnalyzers.query(TitleAnalyzers.synonyms(new StringReader("great leader, kim il sung\n"))));
        assertThat(index.rank("Great Leader")).containsExactly(KIM);
        assertThat(index.rank("POW")).isEmpty();
    }

    @Test
    void wordsAreJoinedInNamesButNotInTheSynopsis() {
        // "far from home" is the title of ORPHANS; "sent abroad" is only in its synopsis.
        assertThat(INDEX.rank("farfromhome")).containsExactly(ORPHANS);
        assertThat(INDEX.rank("sentabroad")).isEmpty();
    }

    @Test
    void anEmptyCatalogFindsNothing() {
        TitleIndexSnapshot empty = TitleIndexSnapshot.build(List.of(), new CatalogRevision(0, 0, 0),
                TitleAnalyzers.query(TitleAnalyzers.synonyms()));
        assertThat(empty.rank("kim")).isEmpty();
    }
}
