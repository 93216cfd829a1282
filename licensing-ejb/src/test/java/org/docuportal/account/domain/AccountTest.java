package org.docuportal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LoginPolicy POLICY = new LoginPolicy(3, Duration.ofMinutes(15));

    private Account account() {
        return new Account("Teacher@School.Example ", "A Teacher", "hash", EnumSet.of(Role.TEACHER), NOW);
    }

    @Test
    void emailsAreStoredTrimmedAndInLowerCase() {
        assertThat(account().email()).isEqualTo("teacher@school.example");
    }

    @Test
    void rejectsWhatIsNotAnEmailOrAnAccountWithoutRoles() {
        assertThatThrownBy(() -> new Account("not-an-email", "X", "hash", EnumSet.of(Role.TEACHER), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account("a@b.example", "X", "hash", Set.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account("a@b.example", " ", "hash", EnumSet.of(Role.TEACHER), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFailureThatReachesTheLimitLocksUntilTheLockEnds() {
        // Counting itself is one atomic update (JpaAccountRepository); PersistenceIT and LoginBurstIT run it.
        assertThat(POLICY.locks(2)).isFalse();
        assertThat(POLICY.locks(3)).isTrue();
        LoginState locked = new LoginState(0, POLICY.lockEnd(NOW));
        assertThat(locked.isLockedAt(NOW)).isTrue();
        assertThat(locked.isLockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(locked.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(locked.hasFailuresToClear()).isTrue();
        assertThat(new LoginState(0, null).hasFailuresToClear()).isFalse();
        assertThat(new LoginState(2, null).isLockedAt(NOW)).isFalse();
    }

    @Test
    void aFirstLoginIsWorthRecording() {
        assertThat(account().loginWorthRecording(NOW)).isTrue();
    }

    @Test
    void aRevokedTokenStaysRevokedAtItsFirstRevocationTime() {
        ApiToken token = new ApiToken(account(), "script", "hash", "dp_abc", NOW);
        assertThat(token.isActive()).isTrue();
        token.revoke(NOW.plusSeconds(5));
        token.revoke(NOW.plusSeconds(50));
        assertThat(token.isActive()).isFalse();
        assertThat(token.revokedAt()).isEqualTo(NOW.plusSeconds(5));
    }
}
