package org.docuportal.operations.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;

import org.docuportal.audit.domain.AuditAction;
import org.docuportal.audit.domain.AuditFilter;
import org.docuportal.audit.domain.SubjectType;
import org.docuportal.shared.application.CalendarDates;
import org.docuportal.shared.application.InvalidInputException;

/**
 * The audit log's filters as a person or script gives them — text, any of it empty — read into an
 * {@link AuditFilter}. One reading for the page and the API, so that both refuse the same input with
 * the same words, naming the parameter. Dates are whole days in UTC, both ends included.
 *
 * @param from first day, {@code yyyy-mm-dd}
 * @param to last day, {@code yyyy-mm-dd}
 */
public record AuditQuery(String action, String actor, String subjectType, String institution, String from, String to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

    /** @throws InvalidInputException naming the first bad parameter among action, actor, subjectType, institution, from and to */
    public AuditFilter toFilter() {
        AuditAction wantedAction = parse(AuditAction.class, "action", action);
        SubjectType wantedType = parse(SubjectType.class, "subjectType", subjectType);
        String actorEmail = blank(actor) ? null : actor.strip().toLowerCase(Locale.ROOT);
        // Control characters match nobody, and PostgreSQL refuses a NUL in a string outright.
        if (actorEmail != null && (actorEmail.length() > 320 || actorEmail.chars().anyMatch(Character::isISOControl))) {
            throw InvalidInputException.of("actor", "actor must be an email address (up to 320 characters).");
        }
        Long institutionId = null;
        if (!blank(institution)) {
            try {
                institutionId = Long.parseLong(institution.strip());
            } catch (NumberFormatException e) {
                institutionId = 0L;
            }
            if (institutionId < 1) {
                throw InvalidInputException.of("institution", "institution must be an institution's number, such as 12.");
            }
        }
        LocalDate first = CalendarDates.parse("from", from).orElse(null);
        LocalDate last = CalendarDates.parse("to", to).orElse(null);
        if (first != null && last != null && last.isBefore(first)) {
            throw InvalidInputException.of("to", "to (" + last + ") is before from (" + first + ").");
        }
        return new AuditFilter(wantedAction, actorEmail, wantedType, institutionId,
                first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, name + " must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
