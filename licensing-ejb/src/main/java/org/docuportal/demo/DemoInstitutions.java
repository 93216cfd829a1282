package org.docuportal.demo;

import java.time.Instant;
import java.util.Set;

import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.Membership;
import org.docuportal.institution.domain.MembershipStatus;
import org.docuportal.institution.domain.SizeBand;

/**
 * The demo institutions: a verified school in Seoul (teacher and school administrator), a
 * verified military training command in the United States (training officer), both in
 * countries the seed documentary's worldwide rights cover, and a library waiting for review
 * so that the reviewers' queue is not empty. Addresses, domains and networks are reserved
 * example values (RFC 2606, RFC 5737, RFC 3849).
 */
final class DemoInstitutions {

    private static final String DEMO_DATA = "demo-data";

    private DemoInstitutions() {
    }

    /** Adds the demo institutions whose members have none yet; returns how many it added. */
    static int addMissing(InstitutionRepository institutions, AccountRepository accounts, Instant now) {
        int added = 0;
        if (institutions.membershipOf("teacher@demo.example").isEmpty()) {
            Institution school = new Institution("Demo Secondary School", InstitutionType.K12_SCHOOL, CountryCode.of("KR"),
                    "1 Example-ro, Jongno-gu, Seoul", "https://school.demo.example", "DEMO-KR-0001",
                    Set.of("school.demo.example"), Set.of("192.0.2.0/24", "2001:db8:1::/48"), SizeBand.FROM_501_TO_2000, now);
            verify(institutions, school, now);
            join(institutions, accounts, school, "teacher@demo.example", Role.TEACHER, now);
            join(institutions, accounts, school, "schooladmin@demo.example", Role.INSTITUTION_ADMIN, now);
            added++;
        }
        if (institutions.membershipOf("officer@demo.example").isEmpty()) {
            Institution command = new Institution("Demo Army Training Command", InstitutionType.MILITARY_TRAINING,
                    CountryCode.of("US"), "100 Example Road, Fort Example, VA", "https://training.demo.example", null,
                    Set.of("training.demo.example"), Set.of("198.51.100.0/24"), SizeBand.FROM_2001_TO_10000, now);
            verify(institutions, command, now);
            join(institutions, accounts, command, "officer@demo.example", Role.TRAINING_OFFICER, now);
            added++;
        }
        if (institutions.membershipOf("librarian@demo.example").isEmpty()) {
            Institution library = new Institution("Demo Community Library", InstitutionType.LIBRARY, CountryCode.of("GB"),
                    "2 Example Street, London", "https://library.demo.example", null,
                    Set.of("library.demo.example"), Set.of(), SizeBand.UP_TO_500, now);
            institutions.add(library);
            join(institutions, accounts, library, "librarian@demo.example", Role.INSTITUTION_ADMIN, now);
            added++;
        }
        return added;
    }

    private static void verify(InstitutionRepository institutions, Institution institution, Instant now) {
        institutions.add(institution);
        institutions.add(institution.decide(Institution.Decision.APPROVE,
                "Demo data: verified when the demo catalog was loaded.", DEMO_DATA, now));
    }

    private static void join(InstitutionRepository institutions, AccountRepository accounts, Institution institution,
                             String email, Role role, Instant now) {
        accounts.findByEmail(email).ifPresent(account ->
                institutions.add(new Membership(institution, account, role, MembershipStatus.ACTIVE, now)));
    }
}
