package org.docuportal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.docuportal.catalog.domain.Award;
import org.docuportal.catalog.domain.AwardResult;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.LanguageKind;
import org.docuportal.catalog.domain.LanguageVersion;
import org.docuportal.catalog.domain.PressQuote;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.RightsWindow;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

    private static final LocalDate TODAY = LocalDate.now();

    private final List<Title> titles = DemoCatalog.titles();
    private final Title children = titles.get(0);
    private final Title prisoners = titles.get(1);

    @Test
    void bothSeedDocumentariesAreBuiltUnderTheirSlugs() {
        assertThat(titles).extracting(Title::slug)
                .containsExactly("kim-il-sungs-children", "korean-war-prisoners-working-title");
        assertThat(titles).allSatisfy(t -> assertThat(t.posterPath()).isEqualTo("/resources/posters/" + t.slug() + ".svg"));
    }

    @Test
    void kimIlSungsChildrenShowsThePortfoliosProgramDetails() {
        assertThat(children.title()).isEqualTo("Kim Il Sung's Children");
        assertThat(children.originalTitle()).isEqualTo("김일성의 아이들");
        assertThat(children.runtimeMinutes()).isEqualTo(84);
        assertThat(children.productionYear()).isEqualTo(2020);
        assertThat(children.supplier()).isEqualTo("Docustory Production");
        assertThat(children.originalLanguage()).isEqualTo("ko");
        assertThat(children.synopsis()).startsWith("This documentary is based on the true story of North Korean orphans");
        assertThat(children.languageVersions()).containsExactlyInAnyOrder(
                new LanguageVersion("ko", LanguageKind.AUDIO),
                new LanguageVersion("en", LanguageKind.SUBTITLES),
                new LanguageVersion("ja", LanguageKind.SUBTITLES));
        assertThat(children.subjects()).contains("History", "Cold War").doesNotContain("Documentary");
    }

    @Test
    void everyDatedFestivalListingIsRecordedOnce() {
        // Fifteen listings in the portfolio: the Rome win listed twice counts once, the undated
        // Global Migration Film Festival selection cannot be recorded.
        assertThat(children.awards()).hasSize(13).doesNotHaveDuplicates();
        assertThat(children.awards()).filteredOn(a -> a.result() == AwardResult.WINNER)
                .containsExactly(new Award(2020, "Rome International Movie Awards (Italy)", AwardResult.WINNER,
                        "Best Feature Documentary"));
        assertThat(children.awards()).filteredOn(a -> a.result() == AwardResult.SEMI_FINALIST)
                .extracting(Award::festival).containsExactly("Cyrus International Festival of Toronto");
        assertThat(children.awards()).filteredOn(a -> a.result() == AwardResult.OFFICIAL_SELECTION)
                .hasSize(11)
                .extracting(Award::festival)
                .contains("Nice International Film Festival (France)", "Rome International Movie Awards (Italy)",
                        "Polish International Film Festival (Poland)");
    }

    @Test
    void everyPressQuoteKeepsItsSourceAndLanguage() {
        assertThat(children.pressQuotes()).hasSize(5)
                .extracting(PressQuote::source, PressQuote::language)
                .containsExactly(
                        tuple("Film Review, Hindustan Times", "en"),
                        tuple("ABC News", "en"),
                        tuple("AP report", "en"),
                        tuple("Euro News", "fr"),
                        tuple("Asahi newspaper (Japan)", "ja"));
        assertThat(children.pressQuotes()).extracting(PressQuote::quote)
                .contains("東欧に送られた北朝鮮孤児たち 朝鮮戦争の悲劇、映画に");
    }

    @Test
    void kimIlSungsChildrenCanBeLicensedForClassroomsAndTrainingInKoreaAndTheUsToday() {
        assertThat(children.isLicensable()).isTrue();
        for (String country : List.of("KR", "US")) {
            assertThat(children.rightTypesAvailableIn(CountryCode.of(country), TODAY))
                    .as("rights in %s", country)
                    .contains(RightType.EDUCATIONAL, RightType.NON_THEATRICAL);
        }
    }

    @Test
    void kimIlSungsChildrenCarriesThePortfoliosSevenWorldwideWindows() {
        assertThat(children.rightsWindows()).extracting(RightsWindow::rightType).containsExactlyInAnyOrder(
                RightType.EDUCATIONAL, RightType.LINEAR_TV, RightType.NON_THEATRICAL, RightType.TVOD,
                RightType.AVOD, RightType.FVOD, RightType.SVOD);
        assertThat(children.rightsWindows()).allSatisfy(w -> {
            assertThat(w.territory().describe()).isEqualTo("Worldwide");
            assertThat(w.startDate()).isEqualTo(LocalDate.of(2021, 1, 1));
            assertThat(w.endDate()).isNull();
        });
    }

    @Test
    void theFilmInProductionIsAnnouncedButCannotBeLicensed() {
        assertThat(prisoners.status()).isEqualTo(TitleStatus.IN_PRODUCTION);
        assertThat(prisoners.title()).containsIgnoringCase("working title");
        assertThat(prisoners.isLicensable()).isFalse();
        assertThat(prisoners.rightsWindows()).isEmpty();
        assertThat(prisoners.rightTypesAvailableIn(CountryCode.of("KR"), TODAY)).isEmpty();
        assertThat(prisoners.runtimeMinutes()).isNull();
        assertThat(prisoners.productionYear()).isNull();
        assertThat(prisoners.supplier()).isNull();
        assertThat(prisoners.subjects()).contains("Human rights", "Military education");
    }

    @Test
    void everyCallBuildsFreshUnsavedTitles() {
        List<Title> again = DemoCatalog.titles();
        assertThat(again.get(0)).isNotSameAs(children);
        assertThat(again).allSatisfy(t -> assertThat(t.id()).isNull());
    }
}
