package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.docuportal.catalog.domain.TitlePublication.DRAFT;
import static org.docuportal.catalog.domain.TitlePublication.PUBLISHED;
import static org.docuportal.catalog.domain.TitlePublication.WITHDRAWN;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TitlePublicationTest {

    private Title draft() {
        return Title.draft("a-new-film", "A New Film", "A film in the studio.", "ko", TitleStatus.AVAILABLE);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, DRAFT, true", "DRAFT, PUBLISHED, true", "DRAFT, WITHDRAWN, false",
            "PUBLISHED, PUBLISHED, true", "PUBLISHED, WITHDRAWN, true", "PUBLISHED, DRAFT, false",
            "WITHDRAWN, WITHDRAWN, true", "WITHDRAWN, PUBLISHED, true", "WITHDRAWN, DRAFT, false"})
    void aTitleMovesOnlyForwardAndNeverBackToDraft(TitlePublication from, TitlePublication to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void onlyPublishedTitlesAreListedAndOnlyDraftsAreHidden() {
        assertThat(PUBLISHED.isListed()).isTrue();
        assertThat(WITHDRAWN.isListed()).isFalse();
        assertThat(DRAFT.isListed()).isFalse();
        assertThat(WITHDRAWN.isPublic()).as("licenses and guides still lead to a withdrawn title").isTrue();
        assertThat(DRAFT.isPublic()).isFalse();
    }

    @Test
    void aNewStudioTitleIsADraftThatCannotBeLicensedUntilPublished() {
        Title title = draft();
        assertThat(title.publication()).isEqualTo(DRAFT);
        assertThat(title.isLicensable()).isFalse();

        title.changePublication(PUBLISHED);
        assertThat(title.isLicensable()).isTrue();
    }

    @Test
    void aWithdrawnTitleCannotBeLicensedAndCanBePublishedAgain() {
        Title title = draft();
        title.changePublication(PUBLISHED);
        title.changePublication(WITHDRAWN);
        assertThat(title.isLicensable()).isFalse();

        title.changePublication(PUBLISHED);
        assertThat(title.isLicensable()).isTrue();
    }

    @Test
    void aPublishedTitleNeverBecomesADraftAgainBecauseItsAddressIsPublic() {
        Title title = draft();
        title.changePublication(PUBLISHED);
        assertThatIllegalStateException().isThrownBy(() -> title.changePublication(DRAFT))
                .withMessageContaining("address is public");
        assertThat(title.publication()).isEqualTo(PUBLISHED);
    }

    @Test
    void aDraftCannotBeWithdrawnForItWasNeverPublished() {
        Title title = draft();
        assertThatIllegalStateException().isThrownBy(() -> title.changePublication(WITHDRAWN))
                .withMessageContaining("never been published");
    }

    @Test
    void aPublishedFilmInProductionIsStillNotLicensable() {
        Title title = new Title("making-of", "Making Of", "Still shooting.", "en", TitleStatus.IN_PRODUCTION);
        assertThat(title.publication()).as("titles made outside the studio are published").isEqualTo(PUBLISHED);
        assertThat(title.isLicensable()).isFalse();
    }
}
