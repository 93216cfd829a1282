package org.docuportal.impact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;

class PairingCodeTest {

    @Test
    void aCodeIsEightUnambiguousSymbolsShownInTwoGroups() {
        PairingCode code = PairingCode.random(new SecureRandom());
        assertThat(code.value()).hasSize(8).matches("[234679ACDEFGHJKMNPQRTWXYZ]{8}");
        assertThat(code.display()).matches("[234679ACDEFGHJKMNPQRTWXYZ]{4}-[234679ACDEFGHJKMNPQRTWXYZ]{4}");
        assertThat(PairingCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L", "5", "S", "8", "B", "U", "V");
    }

    @Test
    void whatParticipantsTypeIsForgivenCaseSpacesAndDashes() {
        assertThat(PairingCode.parse("k7p4-qx2m").value()).isEqualTo("K7P4QX2M");
        assertThat(PairingCode.parse(" K7P4 QX2M ").value()).isEqualTo("K7P4QX2M");
        assertThat(PairingCode.parse("K7P4\u2013QX2M").value()).isEqualTo("K7P4QX2M");
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String bad : new String[] {null, "", "K7P4-QX2", "K7P4-QX2MM", "K0P4-QX2M", "K7P4-QXOM", "<script>"}) {
            assertThatThrownBy(() -> PairingCode.parse(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(SurveyInputException.class, e -> assertThat(e.field()).isEqualTo("pairingCode"));
        }
    }

    @Test
    void onlyTheHashIsStoredAndItIsTheSameForTheSameCode() {
        PairingCode code = PairingCode.parse("K7P4-QX2M");
        assertThat(code.hash()).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("K7P4");
        assertThat(PairingCode.parse("k7p4qx2m").hash()).isEqualTo(code.hash());
    }

    @Test
    void codesDoNotRepeatInPractice() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(PairingCode.random(random).value())).isTrue();
        }
    }

    @Property
    void everyDisplayedCodeParsesBackToItself(@ForAll long seed) {
        SecureRandom random = new SecureRandom();
        random.setSeed(seed);
        PairingCode code = PairingCode.random(random);
        assertThat(PairingCode.parse(code.display())).isEqualTo(code);
        assertThat(PairingCode.parse(code.display().toLowerCase())).isEqualTo(code);
    }
}
