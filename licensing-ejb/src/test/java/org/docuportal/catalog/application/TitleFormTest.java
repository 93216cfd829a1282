package org.docuportal.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.docuportal.catalog.domain.LanguageKind;
import org.docuportal.catalog.domain.ProgramDetails;
import org.docuportal.catalog.domain.TitleStatus;
import org.docuportal.shared.application.InvalidInputException;
import org.junit.jupiter.api.Test;

class TitleFormTest {

    private static TitleForm form(String title, Integer runtime, List<TitleForm.AwardEntry> awards, String language) {
        return new TitleForm("kim-il-sungs-children", title, "김일성의 아이들", List.of("Les enfants de Kim Il-sung", " "),
                "War orphans in Eastern Europe.", runtime, 2020, null, language,
                List.of(new TitleForm.Language("en", "subtitles"), new TitleForm.Language("en", "SUBTITLES")),
                List.of("History", "History", "Cold War"), awards,
                List.of(new TitleForm.Quote("Moving.", "A critic", "en")), null);
    }

    private static List<String> fieldsOf(InvalidInputException e) {
        return e.violations().stream().map(InvalidInputException.Violation::field).toList();
    }

    @Test
    void aValidFormBecomesProgramDetailsWithBlanksAndDuplicatesDropped() {
        ProgramDetails d = form("Kim Il Sung's Children", 86,
                List.of(new TitleForm.AwardEntry(2020, "DMZ Docs", "winner", null)), "ko").toDetails();

        assertThat(d.alternateTitles()).containsExactly("Les enfants de Kim Il-sung");
        assertThat(d.subjects()).containsExactly("History", "Cold War");
        assertThat(d.languageVersions()).singleElement().satisfies(v -> assertThat(v.kind()).isEqualTo(LanguageKind.SUBTITLES));
        assertThat(d.awards()).hasSize(1);
        assertThat(form("t", null, List.of(), "ko").productionStatus()).isEqualTo(TitleStatus.AVAILABLE);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> form(" ", 0,
                List.of(new TitleForm.AwardEntry(1700, "", "GOLD", null)), "klingon").toDetails());

        assertThat(fieldsOf(e)).containsExactlyInAnyOrder("title", "runtimeMinutes", "originalLanguage",
                "awards[0].year", "awards[0].festival", "awards[0].result");
        assertThat(e.violations()).filteredOn(v -> v.field().equals("awards[0].result"))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("WINNER", "OFFICIAL_SELECTION"));
    }

    @Test
    void limitsMatchTheColumns() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> form("x".repeat(301), 86, List.of(), "ko").toDetails());
        assertThat(fieldsOf(e)).containsExactly("title");
        assertThat(e.violations().get(0).message()).contains("300");
    }

    @Test
    void theSlugOfANewTitleMustBeAnAddress() {
        TitleForm traversal = new TitleForm("../x", "t", null, null, "s", null, null, null, "ko", null, null, null, null, null);
        assertThat(fieldsOf(catchThrowableOfType(InvalidInputException.class, traversal::checkedSlug))).containsExactly("slug");
    }

    @Test
    void anUnknownProductionStatusIsNamed() {
        TitleForm f = new TitleForm("a", "t", null, null, "s", null, null, null, "ko", null, null, null, null, "RELEASED");
        assertThat(fieldsOf(catchThrowableOfType(InvalidInputException.class, f::toDetails))).containsExactly("status");
    }
}
