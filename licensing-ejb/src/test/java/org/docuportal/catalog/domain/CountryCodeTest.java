package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @Test
    void acceptsAnIsoCode() {
        assertThat(new CountryCode("KR").code()).isEqualTo("KR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kr", " KR ", "Kr", "\tkr\n"})
    void ofIgnoresCaseAndSurroundingBlanks(String input) {
        assertThat(CountryCode.of(input)).isEqualTo(new CountryCode("KR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kr", "KOR", "UK", "XX", "EU", "", " ", "K R", "410"})
    void constructorRejectsAnythingButAnUpperCaseIsoCode(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CountryCode(input));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"UK", "XX", "KOR", "", "  "})
    void ofRejectsCodesThatAreNotIso(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of(input));
        assertThat(CountryCode.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"KR", "kp", " us ", "GB", "JP"})
    void isValidAgreesWithOf(String input) {
        assertThat(CountryCode.isValid(input)).isTrue();
        assertThat(CountryCode.of(input).code()).isEqualTo(input.trim().toUpperCase());
    }

    @Test
    void allHoldsTheOfficiallyAssignedCodes() {
        assertThat(CountryCode.all())
                .contains("KR", "KP", "US", "GB", "JP", "CN", "DE")
                .doesNotContain("UK", "EU", "XK")
                .hasSizeGreaterThanOrEqualTo(249)
                .allSatisfy(code -> assertThat(code).matches("[A-Z]{2}"));
    }

    @Test
    void englishNameIsForPeople() {
        assertThat(new CountryCode("KR").englishName()).isEqualTo("South Korea");
        assertThat(new CountryCode("DE").englishName()).isEqualTo("Germany");
    }

    @Test
    void sortsAlphabeticallyAndPrintsAsTheBareCode() {
        List<CountryCode> codes = new ArrayList<>(List.of(CountryCode.of("us"), CountryCode.of("jp"), CountryCode.of("kr")));
        codes.sort(null);
        assertThat(codes).extracting(CountryCode::toString).containsExactly("JP", "KR", "US");
    }

    @Test
    void comparesByValue() {
        assertThat(CountryCode.of("kr")).isEqualTo(new CountryCode("KR")).hasSameHashCodeAs(new CountryCode("KR"));
    }
}
