package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {

    @ParameterizedTest
    @CsvSource({
            "ko, ko",
            "EN, en",
            "' ja ', ja",
            "pt-br, pt-BR",
            "zh-hant-tw, zh-Hant-TW",
            "yue, yue",
            "i-klingon, tlh"
    })
    void normalizesToTheCanonicalForm(String input, String canonical) {
        assertThat(LanguageTags.normalize(input)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "en_US", "k", "ko--KR", "123"})
    void rejectsWhatIsNotATag(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> LanguageTags.normalize(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"und", "english", "xx", "x-private"})
    void rejectsWellFormedTagsThatNameNoLanguage(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> LanguageTags.normalize(input));
    }

    @Test
    void englishNameIsForPeople() {
        assertThat(LanguageTags.englishName("ko")).isEqualTo("Korean");
        assertThat(LanguageTags.englishName("pt-BR")).isEqualTo("Portuguese (Brazil)");
    }
}
