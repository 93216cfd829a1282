package org.docuportal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.docuportal.catalog.domain.Award;
import org.docuportal.catalog.domain.AwardResult;
import org.docuportal.catalog.domain.LanguageKind;
import org.docuportal.catalog.domain.LanguageVersion;
import org.docuportal.catalog.domain.PressQuote;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;

/**
 * The two documentaries of the demo catalog, built as new, unsaved {@link Title}s.
 *
 * <p>Every program detail comes from one of two source documents kept with the project:
 * the distributor's rights portfolio for <i>Kim Il Sung's Children</i>
 * ({@code seeds/000_64f9d7fdccefd4f3.txt}) and a producer's process document for a
 * documentary in production about Korean War prisoners of war, defectors and abductees
 * ({@code seeds/004_c6dd98ac14c4e37e.txt}). Where a document is silent or ambiguous the
 * choice made is stated beside the value, so that nobody mistakes a demo default for a fact.
 *
 * <p>A plain builder with no container or persistence dependency: the loader that stores the
 * demo catalog on a first start decides about transactions and about titles already present.
 */
public final class DemoCatalog {

    public static final String KIM_IL_SUNGS_CHILDREN = "kim-il-sungs-children";
    public static final String KOREAN_WAR_PRISONERS = "korean-war-prisoners-working-title";

    /**
     * The portfolio lists its rights without dates. The portal needs a start date to decide
     * whether a window is open, so the demo assumes 2021-01-01, after the 2020 release, and no end.
     */
    static final LocalDate ASSUMED_RIGHTS_START = LocalDate.of(2021, 1, 1);

    private static final Territory WORLDWIDE = Territory.everywhere();

    private DemoCatalog() {
    }

    /** Both demo titles, freshly built on every call. */
    public static List<Title> titles() {
        return List.of(kimIlSungsChildren(), koreanWarPrisoners());
    }

    static Title kimIlSungsChildren() {
        Title title = new Title(KIM_IL_SUNGS_CHILDREN, "Kim Il Sung's Children",
                "This documentary is based on the true story of North Korean orphans who were sent to "
                        + "Eastern Europe in the 1950's. While South Korean orphans moved to Europe and the "
                        + "United States through \"International Adoption,\" the North Korean government chose "
                        + "a very unique method called, \"Commissioned Education.\" The story of these children "
                        + "provides a key to understanding the modern North Korea.",
                "ko", TitleStatus.AVAILABLE);
        // The portfolio gives no Korean title; 김일성의 아이들 is the title the film was released under in Korea.
        title.describe("김일성의 아이들", 84, 2020, "Docustory Production")
                .showPoster("/resources/posters/kim-il-sungs-children.svg");
        // Not in the portfolio either: names people search the film by. The hyphenated romanization is the one
        // English reference works use; the Japanese and Chinese titles are the demo's own renderings (the
        // portfolio names a Japanese version but not its title), so that the Han spelling 金日成 finds the film.
        title.alsoKnownAs("Kim Il-sung's Children")
                .alsoKnownAs("Children of Kim Il-sung")
                .alsoKnownAs("金日成の子供たち")
                .alsoKnownAs("金日成的孩子们");

        // "Original Language: Korean (English and Japanese versions also available)". The portfolio says
        // "versions", not whether they are dubbed or subtitled; subtitles is the modest claim.
        title.offerLanguage(new LanguageVersion("ko", LanguageKind.AUDIO))
                .offerLanguage(new LanguageVersion("en", LanguageKind.SUBTITLES))
                .offerLanguage(new LanguageVersion("ja", LanguageKind.SUBTITLES));

        // The portfolio's tags are Documentary, International, Feature Films and History. Documentary and
        // Feature Films describe every title of this catalog and its format, not a subject, so they are left
        // out. Cold War comes from the ABC News quote, Korean history from the synopsis and review.
        title.classifyUnder("History")
                .classifyUnder("International")
                .classifyUnder("Cold War")
                .classifyUnder("Korean history");

        recordFestivals(title);

        title.quotePress(new PressQuote(
                        "As a result of this project, more than five thousand children from the North had to spend "
                                + "nearly a decade living in foreign lands across Eastern Europe. This story is a record "
                                + "of their lives, which used to be kept hidden from the rest of the world. There is a "
                                + "key to understanding how North Korea’s closed political structure began and how the "
                                + "\"Juche ideology\" was formed. Understanding North Korea in the 1950s helps to "
                                + "understand the modern North Korea.",
                        "Film Review, Hindustan Times", "en"))
                .quotePress(new PressQuote(
                        "It's a mostly forgotten slice of Cold War history, but a new documentary shines light on "
                                + "the lives of the orphans whose departure still weighs on the Europeans who knew them.",
                        "ABC News", "en"))
                .quotePress(new PressQuote(
                        "New film tells tale of North Korean orphans sent to Europe", "AP report", "en"))
                .quotePress(new PressQuote(
                        "Un documentaire sur les orphelins nord-coréens envoyés en Europe en 1953", "Euro News", "fr"))
                .quotePress(new PressQuote(
                        "東欧に送られた北朝鮮孤児たち 朝鮮戦争の悲劇、映画に", "Asahi newspaper (Japan)", "ja"));

        // "Rights Available", all Worldwide. The portfolio names no dates: see ASSUMED_RIGHTS_START.
        // "VOD Streaming (AVOD, FVOD, SVOD)" is one line there but three rights here, one window each.
        for (RightType type : List.of(RightType.EDUCATIONAL, RightType.LINEAR_TV, RightType.NON_THEATRICAL,
                RightType.TVOD, RightType.AVOD, RightType.FVOD, RightType.SVOD)) {
            title.grantRights(type, WORLDWIDE, ASSUMED_RIGHTS_START, null);
        }
        return title;
    }

    /**
     * The portfolio's festival list is one run-on sentence of fifteen listings. Three of them need a
     * decision, because an {@link Award} is one prize or selection with a mandatory year:
     * <ul>
     * <li>It opens with two Rome International Movie Awards wins in 2020, "Best Feature Documentary ...
     *     in August, 2020" and "the best documentary". Same festival, year and result, and no sign of a
     *     second prize: one win listed twice, recorded once under the more precise category. The
     *     festival's separate "Official Selection" listing is a different result and is kept.</li>
     * <li>A single "2020" stands between "Cyrus International Festival of Toronto" and "International
     *     New York Film Festival (US)"; it can be read as belonging to either. Both get 2020, the year
     *     of every other listing but one around them.</li>
     * <li>"Official selection of 'Global Migration Film Festival' - UN International Organization of
     *     Migration" gives no year at all and is left out rather than given an invented one.</li>
     * </ul>
     * Countries stay in parentheses as the source writes them ("Argentine" included); the Rome wins,
     * listed there without a country, are given the festival's name as its own selection listing writes it.
     */
    private static void recordFestivals(Title title) {
        String rome = "Rome International Movie Awards (Italy)";
        title.recordAward(new Award(2020, rome, AwardResult.WINNER, "Best Feature Documentary"))
                .recordAward(new Award(2020, "Cyrus International Festival of Toronto", AwardResult.SEMI_FINALIST, null));
        for (String festival : List.of(
                "International New York Film Festival (US)",
                "Nice International Film Festival (France)",
                "Tokyo-Lift Off Film Festival (Japan)",
                "Deptford Cinema On Demand (UK)",
                "Santa Cruz International Film Festival (Argentine)",
                "First-Time Filmmaker Film Festival (US)",
                "Pyeongchang International Film Festival (South Korea)",
                "Golden Tree International Documentary Film Festival (Germany)",
                "Rasnov Film and Histories Festival (Romania)",
                rome)) {
            title.recordAward(new Award(2020, festival, AwardResult.OFFICIAL_SELECTION, null));
        }
        // 2019 although the film's production year is 2020: kept as the portfolio lists it.
        title.recordAward(new Award(2019, "Polish International Film Festival (Poland)", AwardResult.OFFICIAL_SELECTION, null));
    }

    static Title koreanWarPrisoners() {
        Title title = new Title(KOREAN_WAR_PRISONERS, "Korean War Prisoners, Defectors and Abductees (working title)",
                "A documentary in production about South Korean prisoners of war held in North Korea and their "
                        + "families, set beside the stories of North Korean defectors and of those abducted in the "
                        + "Korean War. In Korea it compares defectors with prisoners of war; in China it follows "
                        + "defectors in the North Korean border area and the brokers and traders through whom "
                        + "prisoners of war are brought home; in the United States it turns to American prisoners "
                        + "of war, war heroes and their families, and the status of abductees; in Japan it traces "
                        + "Japanese who went missing after taking part in the Korean War in place of American "
                        + "soldiers. It is built from statements, interviews with prisoners of war, defectors and "
                        + "experts, among them professors of North Korean studies, and on-site coverage in Korea, "
                        + "the United States, China and Japan. The producers mean it for human-rights, history and "
                        + "military education, and plan to measure with audience surveys how a screening changes "
                        + "perceptions.",
                // The document does not name the language; the production is Korean (it plans a first
                // screening with KBS and works with Kyungnam University), so Korean is assumed.
                "ko", TitleStatus.IN_PRODUCTION);
        // No runtime, year or supplier yet: the producer's document names none.
        title.describe(null, null, null, null)
                .showPoster("/resources/posters/korean-war-prisoners-working-title.svg");
        title.classifyUnder("Human rights")
                .classifyUnder("Korean War")
                .classifyUnder("Prisoners of war")
                .classifyUnder("Military education");
        // No rights windows: nothing is licensable before the film is finished and its rights are placed.
        return title;
    }
}
