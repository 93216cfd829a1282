package org.docuportal.entitlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Token checking over many titles, entitlements, times and single-character changes. */
class PlaybackTokensPropertyTest {

    private final PlaybackTokens tokens = new PlaybackTokens(PlaybackTokensTest.SECRET);

    @Property(tries = 500)
    void aTokenIsValidBeforeItsExpiryAndExpiredAfterIt(@ForAll("slugs") String slug, @ForAll("entitlements") String entitlement,
                                                       @ForAll @LongRange(min = 1_700_000_000L, max = 4_000_000_000L) long expiry,
                                                       @ForAll @LongRange(min = -100_000, max = 100_000) long offset) {
        String token = tokens.sign(slug, entitlement, Instant.ofEpochSecond(expiry));
        TokenVerdict verdict = tokens.check(token, slug, Instant.ofEpochSecond(expiry + offset));

        assertThat(verdict).isEqualTo(offset <= 0 ? TokenVerdict.VALID : TokenVerdict.EXPIRED);
        assertThat(PlaybackTokens.entitlementOf(token)).isEqualTo(entitlement);
    }

    @Property(tries = 1000)
    void changingAnyOneCharacterMakesItForbidden(@ForAll("slugs") String slug, @ForAll("entitlements") String entitlement,
                                                 @ForAll @IntRange(min = 0, max = 400) int where, @ForAll char replacement) {
        Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
        String token = tokens.sign(slug, entitlement, expiry);
        int at = where % token.length();
        if (token.charAt(at) == replacement) {
            return;
        }
        String tampered = token.substring(0, at) + replacement + token.substring(at + 1);
        TokenVerdict verdict = tokens.check(tampered, slug, expiry.minusSeconds(10));

        // A changed expiry digit can only be refused; never let through, never merely "expired".
        assertThat(verdict).as(tampered).isEqualTo(TokenVerdict.FORBIDDEN);
    }

    @Property(tries = 300)
    void aTokenNeverOpensAnotherTitle(@ForAll("slugs") String slug, @ForAll("slugs") String other,
                                      @ForAll("entitlements") String entitlement) {
        if (slug.equals(other)) {
            return;
        }
        Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
        assertThat(tokens.check(tokens.sign(slug, entitlement, expiry), other, expiry.minusSeconds(1)))
                .isEqualTo(TokenVerdict.FORBIDDEN);
    }

    @Provide
    Arbitrary<String> slugs() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(12);
        return word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join("-", words));
    }

    @Provide
    Arbitrary<String> entitlements() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(1, 10_000_000).map(Entitlement::licenseReference),
                Arbitraries.longs().between(1, 10_000_000).map(Entitlement::screenerReference));
    }
}
