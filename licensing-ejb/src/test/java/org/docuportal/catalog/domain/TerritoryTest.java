package org.docuportal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TerritoryTest {

    private static final CountryCode KR = CountryCode.of("KR");
    private static final CountryCode KP = CountryCode.of("KP");
    private static final CountryCode JP = CountryCode.of("JP");
    private static final CountryCode US = CountryCode.of("US");
    private static final CountryCode CN = CountryCode.of("CN");

    @Test
    void worldwideCoversEveryCountry() {
        Territory world = Territory.everywhere();
        assertThat(CountryCode.all()).allSatisfy(code -> assertThat(world.covers(new CountryCode(code))).isTrue());
    }

    @Test
    void worldwideExceptCoversEveryCountryButTheExcluded() {
        Territory territory = Territory.worldwideExcept(Set.of(CN, KP));
        assertThat(territory.covers(CN)).isFalse();
        assertThat(territory.covers(KP)).isFalse();
        assertThat(territory.covers(KR)).isTrue();
        assertThat(territory.covers(US)).isTrue();
    }

    @Test
    void countryListCoversOnlyItsCountries() {
        Territory territory = Territory.countries(Set.of(KR, JP));
        assertThat(territory.covers(KR)).isTrue();
        assertThat(territory.covers(JP)).isTrue();
        assertThat(territory.covers(US)).isFalse();
    }

    @Test
    void exclusionsWinOverTheCountryList() {
        Territory territory = new Territory(false, Set.of(KR, JP), Set.of(JP));
        assertThat(territory.covers(KR)).isTrue();
        assertThat(territory.covers(JP)).isFalse();
    }

    @Test
    void worldwideWithCountriesIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Territory(true, Set.of(KR), Set.of()))
                .withMessageContaining("worldwide");
    }

    @Test
    void emptyCountryListIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Territory(false, Set.of(), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Territory(false, null, Set.of(KR)));
        assertThatIllegalArgumentException().isThrownBy(() -> Territory.countries(Set.of()));
    }

    @Test
    void exclusionsRemovingEveryListedCountryAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Territory(false, Set.of(KR, JP), Set.of(KR, JP, US)))
                .withMessageContaining("remove every country");
    }

    @Test
    void worldwideExcludingEveryCountryIsRejected() {
        Set<CountryCode> everyCountry = CountryCode.all().stream().map(CountryCode::new).collect(Collectors.toSet());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Territory.worldwideExcept(everyCountry))
                .withMessageContaining("remove every country");

        Set<CountryCode> allButKorea = new HashSet<>(everyCountry);
        allButKorea.remove(KR);
        Territory onlyKorea = Territory.worldwideExcept(allButKorea);
        assertThat(onlyKorea.covers(KR)).isTrue();
        assertThat(onlyKorea.covers(JP)).isFalse();
    }

    @Test
    void nullExclusionsMeanNone() {
        assertThat(new Territory(true, null, null)).isEqualTo(Territory.everywhere());
    }

    @Test
    void isAValueComparedRegardlessOfSetOrder() {
        Territory a = new Territory(false, Set.of(KR, JP, US), Set.of(CN));
        Territory b = new Territory(false, new HashSet<>(Set.of(US, KR, JP)), new HashSet<>(Set.of(CN)));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Territory(false, Set.of(KR, JP, US), Set.of()));
    }

    @Test
    void doesNotShareTheCallersSets() {
        Set<CountryCode> countries = new HashSet<>(Set.of(KR));
        Territory territory = Territory.countries(countries);
        countries.add(JP);
        assertThat(territory.covers(JP)).isFalse();
        assertThat(territory.countries()).containsExactly(KR);
    }

    @Test
    void describesItselfInAvailsSheetTerms() {
        assertThat(Territory.everywhere().describe()).isEqualTo("Worldwide");
        assertThat(Territory.worldwideExcept(Set.of(KP, CN)).describe()).isEqualTo("Worldwide excluding CN, KP");
        assertThat(Territory.countries(Set.of(US, KR, JP)).describe()).isEqualTo("JP, KR, US");
        assertThat(new Territory(false, Set.of(KR, JP), Set.of(JP)).describe()).isEqualTo("JP, KR excluding JP");
    }
}
