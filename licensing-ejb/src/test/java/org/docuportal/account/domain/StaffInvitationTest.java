package org.docuportal.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The rules of the staff's one-time links: 48 hours, once, staff roles only, for the invited address only. */
class StaffInvitationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static StaffInvitation invitation(Role role) {
        return new StaffInvitation(" New.Reviewer@Distributor.Example", role, "hash", "admin@distributor.example", NOW);
    }

    @Test
    void worksForFortyEightHoursAndNotAMomentLonger() {
        StaffInvitation link = invitation(Role.REVIEWER);
        assertThat(link.email()).isEqualTo("new.reviewer@distributor.example");
        assertThat(link.isOpenAt(NOW)).isTrue();
        assertThat(link.isOpenAt(NOW.plus(Duration.ofHours(48)).minusSeconds(1))).isTrue();
        assertThat(link.isOpenAt(NOW.plus(Duration.ofHours(48)))).isFalse();
        Account account = Account.withoutPassword(link.email(), EnumSet.of(Role.REVIEWER), NOW);
        assertThatThrownBy(() -> link.useFor(account, NOW.plus(Duration.ofHours(49))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void worksOnceAndGrantsItsRoleAndProvesTheAddress() {
        StaffInvitation link = invitation(Role.PLATFORM_ADMIN);
        Account teacher = new Account("new.reviewer@distributor.example", "Kim", "hash", EnumSet.of(Role.TEACHER), NOW);
        link.useFor(teacher, NOW.plusSeconds(60));
        assertThat(teacher.roles()).containsExactlyInAnyOrder(Role.TEACHER, Role.PLATFORM_ADMIN);
        assertThat(teacher.isEmailVerified()).isTrue();
        assertThat(link.isOpenAt(NOW.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> link.useFor(teacher, NOW.plusSeconds(120)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givesOnlyStaffRolesAndOnlyToTheInvitedAddress() {
        for (Role role : EnumSet.of(Role.TEACHER, Role.TRAINING_OFFICER, Role.INSTITUTION_ADMIN)) {
            assertThatThrownBy(() -> invitation(role)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new StaffInvitation("not an email", Role.REVIEWER, "hash", "x", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        StaffInvitation link = invitation(Role.REVIEWER);
        Account someoneElse = new Account("other@distributor.example", "Lee", "hash", EnumSet.of(Role.TEACHER), NOW);
        assertThatThrownBy(() -> link.useFor(someoneElse, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(someoneElse.roles()).containsExactly(Role.TEACHER);
        assertThat(link.isOpenAt(NOW)).isTrue();
    }

    @Test
    void anAccountWithoutPasswordGetsOneOnceChosenAndCanBeDisabledAndEnabled() {
        Account admin = Account.withoutPassword("First.Admin@Distributor.Example", EnumSet.of(Role.PLATFORM_ADMIN), NOW);
        assertThat(admin.hasPassword()).isFalse();
        assertThat(admin.displayName()).isEqualTo("first.admin");
        admin.choosePassword("pbkdf2-hash", "Park Min-ji");
        assertThat(admin.hasPassword()).isTrue();
        assertThat(admin.displayName()).isEqualTo("Park Min-ji");
        assertThat(admin.isEnabled()).isTrue();
        admin.disable(NOW);
        assertThat(admin.isEnabled()).isFalse();
        assertThat(admin.disabledAt()).isEqualTo(NOW);
        admin.enable();
        assertThat(admin.isEnabled()).isTrue();
    }

    @Test
    void passwordsOfTwelveToOneHundredTwentyEightCharactersAreAccepted() {
        assertThat(PasswordRules.isAcceptable("a".repeat(11))).isFalse();
        assertThat(PasswordRules.isAcceptable("a".repeat(12))).isTrue();
        assertThat(PasswordRules.isAcceptable("a".repeat(128))).isTrue();
        assertThat(PasswordRules.isAcceptable("a".repeat(129))).isFalse();
        assertThat(PasswordRules.isAcceptable(null)).isFalse();
    }
}
