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
    void locksWhenFailuresReachTheLimitAndUnlocksWhenTheLockEnds() {
        Account account = account();
        account.recordFailedLogin(NOW, POLICY);
        account.recordFailedLogin(NOW, POLICY);
        assertThat(account.isLockedAt(NOW)).isFalse();

        account.recordFailedLogin(NOW, POLICY);
        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        Account account = account();
        account.recordFailedLogin(NOW, POLICY);
        account.recordFailedLogin(NOW, POLICY);
        account.recordSuccessfulLogin(NOW);
        account.recordFailedLogin(NOW, POLICY);
        account.recordFailedLogin(NOW, POLICY);
        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.lastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void theLastLoginIsKeptToTheMinuteSoThatRepeatedLoginsWriteNothing() {
        Account account = account();
        account.recordSuccessfulLogin(NOW);
        account.recordSuccessfulLogin(NOW.plusSeconds(59));
        assertThat(account.lastLoginAt()).isEqualTo(NOW);
        account.recordSuccessfulLogin(NOW.plusSeconds(61));
        assertThat(account.lastLoginAt()).isEqualTo(NOW.plusSeconds(61));
    }

    @Test
    void afterALockEndsTheCountStartsAfresh() {
        Account account = account();
        for (int i = 0; i < 3; i++) {
            account.recordFailedLogin(NOW, POLICY);
        }
        Instant later = NOW.plus(Duration.ofHours(1));
        account.recordFailedLogin(later, POLICY);
        assertThat(account.isLockedAt(later)).isFalse();
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
