package org.docuportal.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.CountryCode;
import org.junit.jupiter.api.Test;

/** Administrators change their institution's domains and ranges; only changes that widen who belongs wait for review. */
class NetworkChangeTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    private static Institution school() {
        return new Institution("Hillside School", InstitutionType.K12_SCHOOL, CountryCode.of("GB"), "1 Hill Road, Leeds",
                null, "123456", Set.of("hillside.example"), Set.of("192.0.2.0/24", "198.51.100.0/24"),
                SizeBand.UP_TO_500, NOW);
    }

    @Test
    void aWiderRangeWaitsForReviewAndTheRangesInForceStayUntilApproved() {
        Institution school = school();
        boolean waits = school.changeNetwork(Set.of("hillside.example"), Set.of("192.0.2.0/24", "203.0.113.0/24"), "head@hillside.example", NOW);

        assertThat(waits).isTrue();
        assertThat(school.ipRanges()).containsExactlyInAnyOrder("192.0.2.0/24", "198.51.100.0/24");
        assertThat(school.allowsStreamingFrom("203.0.113.5")).isTrue(); // not campus-only: anywhere
        school.streamOnCampusOnly(true);
        assertThat(school.allowsStreamingFrom("203.0.113.5")).as("the proposed range is not in force yet").isFalse();

        school.approveNetworkChange();
        assertThat(school.ipRanges()).containsExactlyInAnyOrder("192.0.2.0/24", "203.0.113.0/24");
        assertThat(school.allowsStreamingFrom("203.0.113.5")).isTrue();
        assertThat(school.hasNetworkChangeWaiting()).isFalse();
    }

    @Test
    void removingOrNarrowingTakesEffectAtOnce() {
        Institution school = school();
        assertThat(school.changeNetwork(Set.of("staff.hillside.example"), Set.of("192.0.2.128/25"), "head@hillside.example", NOW))
                .isFalse();
        assertThat(school.emailDomains()).containsExactly("staff.hillside.example");
        assertThat(school.ipRanges()).containsExactly("192.0.2.128/25");
        assertThat(school.hasNetworkChangeWaiting()).isFalse();
    }

    @Test
    void aNewDomainWaitsForReview_andADeclinedChangeLeavesTheListsAsTheyWere() {
        Institution school = school();
        assertThat(school.changeNetwork(Set.of("hillside.example", "gmail.example"), Set.of(), "head@hillside.example", NOW)).isTrue();
        assertThat(school.admitsEmail("anyone@gmail.example")).isFalse();
        assertThat(school.proposedIpRanges()).isEmpty();

        school.discardNetworkChange();
        assertThat(school.emailDomains()).containsExactly("hillside.example");
        assertThat(school.ipRanges()).hasSize(2);
        assertThatThrownBy(school::approveNetworkChange).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void campusOnlyStreamingKeepsAtLeastOneRange() {
        Institution school = school();
        school.streamOnCampusOnly(true);
        assertThatThrownBy(() -> school.changeNetwork(Set.of("hillside.example"), Set.of(), "head@hillside.example", NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRevokedInvitationNoLongerOpens_andAnOldOneExpires() {
        Institution school = school();
        Invitation revoked = new Invitation(school, "new@hillside.example", Role.TEACHER, "a".repeat(64), "head@hillside.example", NOW);
        revoked.revoke(NOW.plusSeconds(60));
        assertThat(revoked.stateAt(NOW.plusSeconds(120))).isEqualTo(Invitation.State.REVOKED);
        assertThat(revoked.isOpenAt(NOW.plusSeconds(120))).isFalse();

        Invitation old = new Invitation(school, "late@hillside.example", Role.TEACHER, "b".repeat(64), "head@hillside.example", NOW);
        assertThat(old.stateAt(NOW.plus(Invitation.VALIDITY))).isEqualTo(Invitation.State.EXPIRED);
    }

    @Test
    void rangesWithinEachOther() {
        assertThat(IpRanges.within("192.0.2.128/25", "192.0.2.0/24")).isTrue();
        assertThat(IpRanges.within("192.0.2.0/24", "192.0.2.128/25")).isFalse();
        assertThat(IpRanges.within("2001:db8::/48", "192.0.2.0/24")).isFalse();
    }
}
