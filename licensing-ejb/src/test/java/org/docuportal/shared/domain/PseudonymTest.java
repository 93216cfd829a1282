package org.docuportal.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PseudonymTest {

    @Test
    void aPseudonymIsNeverTakenForAPersonAndTwoAreNeverTheSame() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String pseudonym = Pseudonym.random();
            assertThat(Pseudonym.isPerson(pseudonym)).isFalse();
            assertThat(pseudonym).startsWith(Pseudonym.PREFIX).hasSize(Pseudonym.PREFIX.length() + 16);
            assertThat(seen.add(pseudonym)).isTrue();
        }
        assertThat(Pseudonym.isPerson("teacher@demo.example")).isTrue();
    }
}
