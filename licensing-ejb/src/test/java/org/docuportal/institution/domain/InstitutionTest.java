package org.docuportal.institution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstitutionTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    private static Institution school() {
        return new Institution("Hillside School", InstitutionType.K12_SCHOOL, CountryCode.of("GB"), "1 Hill Road, Leeds",
                "https://hillside.example", "123456", Set.of("Hillside.example"), Set.of("192.0.2.7"),
                SizeBand.UP_TO_500, NOW);
    }

    @Test
    void aNewInstitutionIsPendingWithNormalizedDetails() {
        Institution school = school();
        assertThat(school.status()).isEqualTo(InstitutionStatus.PENDING);
        assertThat(school.emailDomains()).containsExactly("hillside.example");
        assertThat(school.ipRanges()).containsExactly("192.0.2.7/32");
        assertThat(school.isVerified()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "HIGHER_EDUCATION, KR, https://ror.org/05XG72X27, 05xg72x27",
            "HIGHER_EDUCATION, US, 05xg72x27, 05xg72x27",
            "K12_SCHOOL, US, 0601-2345-6789, 060123456789",
            "K12_SCHOOL, GB, 100 000, 100000",
            "K12_SCHOOL, KR, Seoul school 42, Seoul school 42",
            "MILITARY_TRAINING, US, any identifier, any identifier"})
    void registryIdsAreCheckedByTheRegistryOfTheTypeAndCountry(InstitutionType type, String country, String given,
                                                               String stored) {
        assertThat(RegistryId.normalize(given, type, CountryCode.of(country))).isEqualTo(stored);
    }

    @ParameterizedTest
    @CsvSource({
            "HIGHER_EDUCATION, KR, 12345",
            "HIGHER_EDUCATION, KR, 0abcdeilu",
            "K12_SCHOOL, US, 12345678901",
            "K12_SCHOOL, GB, 1234567"})
    void malformedRegistryIdsAreRefusedSayingWhatIsExpected(InstitutionType type, String country, String given) {
        assertThatThrownBy(() -> RegistryId.normalize(given, type, CountryCode.of(country)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected");
    }

    @Test
    void ipRangesAcceptIpv4AndIpv6CidrAndRefuseNonsense() {
        assertThat(IpRanges.normalize("10.1.2.3/8")).isEqualTo("10.0.0.0/8");
        assertThat(IpRanges.normalize("2001:DB8::/32")).isEqualTo("2001:db8::/32");
        assertThat(IpRanges.contains("2001:db8::/32", "2001:db8:ffff::1")).isTrue();
        assertThat(IpRanges.contains("10.0.0.0/8", "11.0.0.1")).isFalse();
        assertThat(IpRanges.overlap("10.0.0.0/8", "10.20.0.0/16")).isTrue();
        assertThatThrownBy(() -> IpRanges.normalize("10.0.0.300/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRanges.normalize("campus network")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emailDomainsCoverTheirSubdomainsButNotLookalikes() {
        Institution school = school();
        assertThat(school.admitsEmail("teacher@hillside.example")).isTrue();
        assertThat(school.admitsEmail("teacher@staff.hillside.example")).isTrue();
        assertThat(school.admitsEmail("teacher@nothillside.example")).isFalse();
        assertThat(school.admitsEmail("teacher@hillside.example.evil.example")).isFalse();
        assertThatThrownBy(() -> EmailDomains.normalize("not a domain")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decisionsFollowTheReviewLifecycleAndReturnTheirAuditRecord() {
        Institution school = school();
        ReviewDecision approval = school.decide(Institution.Decision.APPROVE, "  Registry checked ", "rev@d.example", NOW);
        assertThat(school.status()).isEqualTo(InstitutionStatus.VERIFIED);
        assertThat(approval.reason()).isEqualTo("Registry checked");
        assertThat(approval.statusBefore()).isEqualTo(InstitutionStatus.PENDING);
        assertThat(approval.statusAfter()).isEqualTo(InstitutionStatus.VERIFIED);
        assertThat(approval.reviewer()).isEqualTo("rev@d.example");

        school.decide(Institution.Decision.SUSPEND, "Shared credentials", "rev@d.example", NOW);
        assertThat(school.status()).isEqualTo(InstitutionStatus.SUSPENDED);
        assertThatThrownBy(() -> school.decide(Institution.Decision.REJECT, "late", "rev@d.example", NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("suspended");
        assertThatThrownBy(() -> school.decide(Institution.Decision.APPROVE, " ", "rev@d.example", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }

    @Test
    void anInvitationToAnAddressOutsideTheDomainsYieldsAPendingMembershipAndWorksOnce() {
        Institution school = school();
        Account guest = new Account("guest@elsewhere.example", "Guest", "hash", EnumSet.of(Role.TEACHER), NOW);
        Invitation invitation = new Invitation(school, "guest@elsewhere.example", Role.TEACHER, "hash", "admin@x.example", NOW);
        Membership membership = invitation.accept(guest, NOW.plusSeconds(60));
        assertThat(membership.status()).isEqualTo(MembershipStatus.PENDING_APPROVAL);
        assertThat(invitation.isOpenAt(NOW.plusSeconds(120))).isFalse();
        assertThatThrownBy(() -> invitation.accept(guest, NOW.plusSeconds(120))).isInstanceOf(IllegalStateException.class);

        Invitation inDomain = new Invitation(school, "new@hillside.example", Role.TEACHER, "hash2", "admin@x.example", NOW);
        Account teacher = new Account("new@hillside.example", "New", "hash", EnumSet.of(Role.TEACHER), NOW);
        assertThat(inDomain.accept(teacher, NOW).status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void invitationsExpire() {
        Invitation invitation = new Invitation(school(), "x@hillside.example", Role.TEACHER, "h", "a@x.example", NOW);
        assertThat(invitation.isOpenAt(NOW.plus(Invitation.VALIDITY).minusSeconds(1))).isTrue();
        assertThat(invitation.isOpenAt(NOW.plus(Invitation.VALIDITY))).isFalse();
    }

    @Test
    void reviewersAndPlatformAdministratorsAreNotInstitutionMembers() {
        Account reviewer = new Account("r@d.example", "R", "hash", EnumSet.of(Role.REVIEWER), NOW);
        assertThatThrownBy(() -> new Membership(school(), reviewer, Role.REVIEWER, MembershipStatus.ACTIVE, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
