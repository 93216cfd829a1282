package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TitleProgramDetailsTest {

    private final Title title = Title.draft("kim-il-sungs-children", "Kim Il Sung's Children",
            "War orphans in Eastern Europe.", "ko", TitleStatus.AVAILABLE);

    private static ProgramDetails details(List<String> alternates, List<String> subjects) {
        return new ProgramDetails("Kim Il Sung's Children", "김일성의 아이들", alternates,
                "Thousands of North Korean war orphans were sent to Eastern Europe.", 86, 2020, "Docuportal Films", "ko",
                List.of(new LanguageVersion("ko", LanguageKind.AUDIO), new LanguageVersion("en", LanguageKind.SUBTITLES)),
                subjects, List.of(new Award(2020, "DMZ Docs", AwardResult.WINNER, "Best Korean Documentary")),
                List.of(new PressQuote("Moving.", "A critic", "en")));
    }

    @Test
    void alternateAndOriginalScriptTitlesAreInTheSearchTextWhileHangulIsKeptAsItIs() {
        title.replaceProgramDetails(details(List.of("Les enfants de Kim Il-sung", "Working Title: Orphans"), List.of("History")));

        assertThat(title.searchText()).contains("김일성의 아이들", "les enfants de kim il-sung", "working title: orphans", "history");
        assertThat("김일성".toLowerCase(Locale.ROOT)).as("Hangul has no case").isEqualTo("김일성");
    }

    @Test
    void replacingTheDetailsReplacesEveryListAndKeepsTheSlugAndStatus() {
        title.replaceProgramDetails(details(List.of("Old name"), List.of("History", "Cold War")));
        title.replaceProgramDetails(details(List.of("New name"), List.of("Education")));

        assertThat(title.slug()).isEqualTo("kim-il-sungs-children");
        assertThat(title.originalTitle()).isEqualTo("김일성의 아이들");
        assertThat(title.alternateTitles()).containsExactly("New name");
        assertThat(title.subjects()).containsExactly("Education");
        assertThat(title.searchText()).contains("new name").doesNotContain("old name", "cold war");
        assertThat(title.awards()).hasSize(1);
        assertThat(title.languageVersions()).hasSize(2);
        assertThat(title.runtimeMinutes()).isEqualTo(86);
    }

    @Test
    void duplicateAlternateTitlesAreKeptOnce() {
        title.replaceProgramDetails(details(List.of("Orphans", " Orphans "), List.of()));
        assertThat(title.alternateTitles()).containsExactly("Orphans");
    }

    @Test
    void theDomainRefusesWhatTheColumnsCouldNotHold() {
        assertThatIllegalArgumentException().isThrownBy(() -> title.replaceProgramDetails(
                details(Collections.nCopies(1, "x".repeat(Title.MAX_TITLE + 1)), List.of())));
        assertThatIllegalArgumentException().isThrownBy(() -> title.replaceProgramDetails(
                details(List.of(), List.of("s".repeat(Title.MAX_SUBJECT + 1)))));
        List<String> tooMany = java.util.stream.IntStream.range(0, Title.MAX_ALTERNATE_TITLES + 1).mapToObj(i -> "t" + i).toList();
        assertThatIllegalArgumentException().isThrownBy(() -> title.replaceProgramDetails(details(tooMany, List.of())));
    }

    @Test
    void theLongestDetailsStillFitTheSearchTextColumn() {
        List<String> alternates = java.util.stream.IntStream.range(0, Title.MAX_ALTERNATE_TITLES)
                .mapToObj(i -> (i + "a".repeat(Title.MAX_TITLE)).substring(0, Title.MAX_TITLE)).toList();
        List<String> subjects = java.util.stream.IntStream.range(0, Title.MAX_SUBJECTS)
                .mapToObj(i -> (i + "s".repeat(Title.MAX_SUBJECT)).substring(0, Title.MAX_SUBJECT)).toList();
        title.replaceProgramDetails(new ProgramDetails("t".repeat(Title.MAX_TITLE), "o".repeat(Title.MAX_TITLE), alternates,
                "y".repeat(Title.MAX_SYNOPSIS), null, null, null, "ko", List.of(), subjects, List.of(), List.of()));
        assertThat(title.searchText().length()).isLessThanOrEqualTo(12_000);
    }
}
