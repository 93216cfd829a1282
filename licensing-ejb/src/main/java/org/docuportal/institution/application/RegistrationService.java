package org.docuportal.institution.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.application.EmailVerificationService;
import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.PasswordRules;
import org.docuportal.account.domain.Role;
import org.docuportal.account.infrastructure.PasswordHasher;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.Membership;
import org.docuportal.institution.domain.MembershipStatus;
import org.docuportal.institution.domain.RegistryId;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.InvalidInputException.Violation;

/**
 * Registers an institution with its first administrator. Anyone may register; the institution
 * stays pending until a reviewer decides.
 *
 * <p>Every field is checked before anything is written, and all problems are reported at
 * once, each under the field's name.
 */
@Stateless
@PermitAll
public class RegistrationService {

    static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private EmailVerificationService verification;

    @Inject
    private InstitutionNotifications notifications;

    @Inject
    private Clock clock;

    /**
     * Registers the institution, or, where the administrator's address has an account already,
     * registers nothing and tells that address by mail. The answer is the same in both cases, so
     * that the form cannot be used to find out who has an account.
     */
    public RegistrationReceipt register(Registration form) {
        List<Violation> problems = new ArrayList<>();
        InstitutionType type = check(problems, "type", () -> InstitutionType.valueOf(upper(form.type())),
                "Choose the type of institution.");
        CountryCode country = check(problems, "country", () -> CountryCode.of(form.country()),
                "Choose the country as an ISO 3166-1 code such as KR or US.");
        SizeBand size = check(problems, "sizeBand", () -> SizeBand.valueOf(upper(form.sizeBand())),
                "Choose the size band of your enrollment or headcount.");
        if (type != null && country != null) {
            check(problems, "registryId", () -> RegistryId.normalize(form.registryId(), type, country), null);
        }
        String adminEmail = adminEmail(form.adminEmail(), problems);
        if (form.adminName() == null || form.adminName().isBlank()) {
            problems.add(new Violation("adminName", "Give the administrator's name."));
        }
        String password = form.adminPassword();
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 128) {
            problems.add(new Violation("adminPassword",
                    "Choose a password of " + MIN_PASSWORD_LENGTH + " to 128 characters."));
        }
        Set<String> domains = NetworkInput.emailDomains(form.emailDomains(), problems);
        Set<String> ranges = NetworkInput.ipRanges(form.ipRanges(), problems);
        checkDetails(form, problems);
        Instant now = clock.instant();
        Institution institution = null;
        if (problems.isEmpty()) {
            // Every value was checked above, so the constructor's own checks agree; "name" is only a fallback.
            institution = check(problems, "name", () -> new Institution(form.name(), type, country, form.address(),
                    form.website(), form.registryId(), domains, ranges, size, now), null);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The registration has " + problems.size()
                    + (problems.size() == 1 ? " problem." : " problems."), problems);
        }
        String hash = hasher.hash(password.toCharArray());
        Optional<Account> existing = accounts.findByEmail(adminEmail);
        if (existing.isPresent()) {
            // The password was hashed all the same, so that this answer takes as long as a real registration.
            notifications.registrationWithExistingAccount(existing.get(), institution.name());
            return new RegistrationReceipt(institution.name(), adminEmail);
        }
        institutions.add(institution);
        Account admin = new Account(adminEmail, form.adminName(), hash, EnumSet.of(Role.INSTITUTION_ADMIN), now);
        accounts.add(admin);
        institutions.add(new Membership(institution, admin, Role.INSTITUTION_ADMIN, MembershipStatus.ACTIVE, now));
        verification.sendLink(admin, notifications.registrationReceived(admin, institution));
        notifications.registrationToReview(institution, adminEmail);
        return new RegistrationReceipt(institution.name(), adminEmail);
    }

    /** Checks the free-form details, each under the registration form's field name. */
    private static void checkDetails(Registration form, List<Violation> problems) {
        check(problems, "name", () -> nonBlank(form.name(), 300), "Give the institution's name (up to 300 characters).");
        check(problems, "address", () -> nonBlank(form.address(), 1000), "Give the institution's postal address.");
        if (form.website() != null && !form.website().isBlank()) {
            check(problems, "website", () -> Institution.normalizeWebsite(form.website()),
                    "“" + shorten(form.website().strip()) + "” is not a website address; write it as https://school.example.");
        }
        if (orEmpty(form.emailDomains()).isEmpty()) {
            problems.add(new Violation("emailDomains", "Give at least one email domain, such as school.example."));
        }
    }

    /**
     * The administrator's address, or a problem that says whether it is missing or malformed
     * ("x@y" is there, but is not an address mail can reach).
     */
    private static String adminEmail(String value, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation("adminEmail", "Give the administrator's email address."));
            return null;
        }
        return check(problems, "adminEmail", () -> Account.normalizeEmail(value),
                "“" + shorten(value.strip()) + "” is not a valid email address; write it as name@school.example.");
    }

    private static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "…";
    }

    private static Set<String> orEmpty(Set<String> values) {
        return values == null ? Set.of() : values;
    }

    private static String nonBlank(String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private static String upper(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }

    /** Runs a check; on failure records the message given, or the check's own message when none is given. */
    private static <T> T check(List<Violation> problems, String field, Supplier<T> parse, String message) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String text = message != null ? message : capitalize(e.getMessage());
            problems.add(new Violation(field, text));
            return null;
        }
    }

    private static String capitalize(String text) {
        if (text == null || text.isEmpty()) {
            return "This value is not valid.";
        }
        String sentence = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }
}
