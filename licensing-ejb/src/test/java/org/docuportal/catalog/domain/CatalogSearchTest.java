package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogSearchTest {

    private static final CountryCode KR = CountryCode.of("KR");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static CatalogSearch search(String text, String language, Integer min, Integer max,
                                        RightType right, CountryCode country, LocalDate date, int page, int size) {
        return new CatalogSearch(text, null, language, min, max, right, country, date, page, size);
    }

    @Test
    void allAsksForEverythingOnOnePage() {
        CatalogSearch all = CatalogSearch.all(2, 20);
        assertThat(all.text()).isNull();
        assertThat(all.rightType()).isNull();
        assertThat(all.offset()).isEqualTo(40);
    }

    @Test
    void blankTextFiltersMeanNoFilter() {
        CatalogSearch s = new CatalogSearch("  ", "\t", "", null, null, null, null, null, 0, 10);
        assertThat(s.text()).isNull();
        assertThat(s.subject()).isNull();
        assertThat(s.language()).isNull();
    }

    @Test
    void textFiltersAreTrimmed() {
        CatalogSearch s = new CatalogSearch("  orphans ", " History ", null, null, null, null, null, null, 0, 10);
        assertThat(s.text()).isEqualTo("orphans");
        assertThat(s.subject()).isEqualTo("History");
    }

    @Test
    void languageIsNormalizedToMatchStoredTags() {
        assertThat(search(null, " pt-br ", null, null, null, null, null, 0, 10).language()).isEqualTo("pt-BR");
        assertThatIllegalArgumentException().isThrownBy(() -> search(null, "en_US", null, null, null, null, null, 0, 10));
    }

    @Test
    void negativePageIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> CatalogSearch.all(-1, 10));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, CatalogSearch.MAX_PAGE_SIZE + 1})
    void pageSizeOutsideTheLimitsIsRejected(int size) {
        assertThatIllegalArgumentException().isThrownBy(() -> CatalogSearch.all(0, size));
    }

    @Test
    void pageSizeLimitsAreAccepted() {
        assertThat(CatalogSearch.all(0, 1).size()).isEqualTo(1);
        assertThat(CatalogSearch.all(0, CatalogSearch.MAX_PAGE_SIZE).size()).isEqualTo(CatalogSearch.MAX_PAGE_SIZE);
    }

    @Test
    void aPageSoFarThatItsOffsetOverflowsIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> CatalogSearch.all(Integer.MAX_VALUE, 100));
        assertThat(CatalogSearch.all(Integer.MAX_VALUE / 100, 100).offset()).isPositive();
    }

    @Test
    void runtimeRangeMustNotBeInverted() {
        assertThatIllegalArgumentException().isThrownBy(() -> search(null, null, 90, 60, null, null, null, 0, 10));
        assertThat(search(null, null, 60, 60, null, null, null, 0, 10).minRuntime()).isEqualTo(60);
        assertThat(search(null, null, 60, null, null, null, null, 0, 10).maxRuntime()).isNull();
    }

    @Test
    void aRightFilterNeedsACountryAndADate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> search(null, null, null, null, RightType.EDUCATIONAL, null, DAY, 0, 10));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> search(null, null, null, null, RightType.EDUCATIONAL, KR, null, 0, 10));
        assertThat(search(null, null, null, null, RightType.EDUCATIONAL, KR, DAY, 0, 10).country()).isEqualTo(KR);
    }
}
