package org.docuportal.entitlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class PlaybackTokensTest {

    static final byte[] SECRET = "test-only-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final PlaybackTokens tokens = new PlaybackTokens(SECRET);

    @Test
    void aFreshTokenOpensItsOwnTitleOnly() {
        String token = tokens.sign("kim-il-sungs-children", "license-12", NOW.plusSeconds(120));

        assertThat(tokens.check(token, "kim-il-sungs-children", NOW)).isEqualTo(TokenVerdict.VALID);
        assertThat(tokens.check(token, "korean-war-prisoners-working-title", NOW)).isEqualTo(TokenVerdict.FORBIDDEN);
    }

    @Test
    void itIsValidUpToItsExpirySecondAndGoneAfter() {
        Instant expiry = NOW.plusSeconds(120);
        String token = tokens.sign("film", "license-1", expiry);

        assertThat(tokens.check(token, "film", expiry)).isEqualTo(TokenVerdict.VALID);
        assertThat(tokens.check(token, "film", expiry.plusSeconds(1))).isEqualTo(TokenVerdict.EXPIRED);
    }

    @Test
    void aTamperedTokenIsForbiddenEvenWhenItAlsoClaimsAnOldExpiry() {
        String token = tokens.sign("film", "license-1", NOW.minusSeconds(600));
        String longer = token.replaceFirst("^\\d+", String.valueOf(NOW.plusSeconds(3600).getEpochSecond()));
        String otherEntitlement = token.replace("license-1", "license-2");

        assertThat(tokens.check(token, "film", NOW)).isEqualTo(TokenVerdict.EXPIRED);
        assertThat(tokens.check(longer, "film", NOW)).isEqualTo(TokenVerdict.FORBIDDEN);
        assertThat(tokens.check(otherEntitlement, "film", NOW)).isEqualTo(TokenVerdict.FORBIDDEN);
    }

    @Test
    void missingAndMalformedTokensAreForbidden() {
        for (String bad : new String[] {null, "", "abc", "1.2", "1.license-1.sig.extra", "x.license-1.sig", "1.lic ense.sig",
                "99999999999999.license-1.sig"}) {
            assertThat(tokens.check(bad, "film", NOW)).as(String.valueOf(bad)).isEqualTo(TokenVerdict.FORBIDDEN);
        }
    }

    @Test
    void anotherSecretDoesNotVerify() {
        String token = tokens.sign("film", "license-1", NOW.plusSeconds(60));
        PlaybackTokens other = new PlaybackTokens("another-secret-also-at-least-32-bytes".getBytes(StandardCharsets.UTF_8));

        assertThat(other.check(token, "film", NOW)).isEqualTo(TokenVerdict.FORBIDDEN);
    }

    /** The documented format, which the nginx edge re-implements: computed here independently of the class. */
    @Test
    void theSignatureIsTheDocumentedHmacSha256() throws Exception {
        long expiry = NOW.plusSeconds(60).getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = expiry + ".screener-7." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal(("hls-v1\nfilm\nscreener-7\n" + expiry).getBytes(StandardCharsets.UTF_8)));

        assertThat(tokens.sign("film", "screener-7", Instant.ofEpochSecond(expiry))).isEqualTo(expected);
    }

    @Test
    void shortSecretsAndOddNamesAreRefused() {
        assertThatThrownBy(() -> new PlaybackTokens(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.sign("../keys", "license-1", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.sign("film", "license.1", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
