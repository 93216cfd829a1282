package org.docuportal.impact.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.impact.domain.AnswerCounts;
import org.docuportal.impact.domain.ImpactRepository;
import org.docuportal.impact.domain.Screening;
import org.docuportal.impact.domain.ScreeningRule;
import org.docuportal.impact.domain.SurveyInputException;
import org.docuportal.impact.domain.SurveyTemplate;
import org.docuportal.impact.infrastructure.QrCodes;
import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.shared.application.AccessRefusedException;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.shared.application.PublicAddress;

/**
 * Screening surveys for the members of an institution: open one for a licensed film, reword its
 * statements before the first answer, see its link, QR code and participation, close it.
 *
 * <p>Every method acts for the caller's institution only ({@link CallerMembership}); another
 * institution's screening is answered as not found, so its existence is not revealed. Opening
 * needs a license that {@link ScreeningRule} accepts for the screening day.
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
public class ScreeningService {

    /** 32 random bytes: the public code is the only thing that guards a survey's link. */
    private static final int CODE_BYTES = 32;

    private static final int QR_PIXELS = 360;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private ImpactRepository impact;

    @Inject
    private PublicAddress publicAddress;

    @Inject
    private TitleRepository titles;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private CallerMembership caller;

    @Inject
    private Clock clock;

    /** The films the caller's institution may survey today, by slug, with their titles: for the form's choice. */
    public Map<String, String> surveyableTitles() {
        Optional<Membership> member = caller.find().filter(Membership::isActive);
        Map<String, String> films = new TreeMap<>();
        if (member.isEmpty()) {
            return films;
        }
        LocalDate today = LocalDate.now(clock);
        licensing.licensesOf(member.get().institution()).stream()
                .filter(l -> ScreeningRule.allowsSomeSurvey(l, today))
                .forEach(l -> films.put(l.title().slug(), l.title().title()));
        return films;
    }

    /**
     * Opens the survey of a screening of a licensed film, with the film's statements.
     *
     * @throws InvalidInputException naming {@code title} or {@code screeningDate}
     * @throws AccessRefusedException when no license of the caller's institution allows it
     */
    public ScreeningView open(String titleSlug, LocalDate screeningDate) {
        if (titleSlug == null || titleSlug.isBlank()) {
            throw InvalidInputException.of("title", "Choose the film you will screen.");
        }
        Title title = titles.findBySlug(titleSlug.strip())
                .orElseThrow(() -> InvalidInputException.of("title", "No film has the address " + printable(titleSlug) + "."));
        if (screeningDate == null) {
            throw InvalidInputException.of("screeningDate", "Give the day of the screening (yyyy-mm-dd).");
        }
        Membership member = activeMember();
        LocalDate today = LocalDate.now(clock);
        License license = licensing.licensesOf(member.institution()).stream()
                .filter(l -> l.title().id().equals(title.id()))
                .filter(l -> ScreeningRule.allowsSurvey(l, screeningDate, today))
                .max(Comparator.comparing(l -> l.term().end()))
                .orElseThrow(() -> new AccessRefusedException(member.institution().name() + " holds no active license of \u201c"
                        + title.title() + "\u201d covering " + screeningDate + ". A survey is opened for a screening under a"
                        + " license of the film."));
        List<String> items = impact.templateOf(title.id()).map(SurveyTemplate::items).orElse(SurveyTemplate.GENERIC_ITEMS);
        Screening screening = new Screening(license, screeningDate, items, newPublicCode(), member.account().email(),
                clock.instant());
        impact.add(screening);
        return ScreeningView.of(screening, AnswerCounts.NONE, link(screening));
    }

    /** The caller's institution's screenings, latest first. */
    public List<ScreeningView> mine() {
        Optional<Membership> member = caller.find().filter(Membership::isActive);
        return member.map(m -> {
            List<Screening> screenings = impact.screeningsOf(m.institution().id());
            Map<Long, AnswerCounts> counts = impact.answerCounts(screenings);
            return screenings.stream().map(s -> ScreeningView.of(s, counts.get(s.id()), link(s))).toList();
        }).orElse(List.of());
    }

    /** One of the caller's institution's screenings. */
    public ScreeningView screening(long id) {
        return view(own(id));
    }

    /**
     * Rewords, adds or removes statements before the first answer.
     *
     * @throws InvalidInputException naming {@code items} or {@code items[i]}
     * @throws ConflictException once answers have arrived or the survey is closed
     */
    public ScreeningView replaceItems(long id, List<String> items) {
        Screening screening = own(id);
        try {
            screening.replaceItems(items, impact.answerCounts(screening));
        } catch (SurveyInputException e) {
            throw Surveys.invalid(e);
        } catch (IllegalStateException e) {
            throw ConflictException.of(e);
        }
        return view(screening);
    }

    /** Closes the survey: no more answers, and from now on it counts in the reports. */
    public ScreeningView close(long id) {
        Screening screening = own(id);
        screening.close(clock.instant());
        return view(screening);
    }

    private ScreeningView view(Screening screening) {
        return ScreeningView.of(screening, impact.answerCounts(screening), link(screening));
    }

    /** The QR code of the survey's public link, as a PNG. */
    public byte[] qrCode(long id) {
        return QrCodes.png(link(own(id)), QR_PIXELS);
    }

    /** The survey's public link: where its QR code leads, on the address the page showing it was opened on. */
    private String link(Screening screening) {
        return publicAddress.link(Surveys.path(screening.publicCode()));
    }

    private Screening own(long id) {
        Institution institution = activeMember().institution();
        return impact.screening(id)
                .filter(s -> s.institution().id().equals(institution.id()))
                .orElseThrow(() -> new NotFoundException("Your institution has no screening survey " + id + "."));
    }

    private Membership activeMember() {
        Membership member = caller.find()
                .orElseThrow(() -> new AccessRefusedException("Screening surveys are for members of licensed institutions;"
                        + " your account belongs to no institution."));
        if (!member.isActive()) {
            throw new AccessRefusedException("Your membership of " + member.institution().name()
                    + " awaits its administrator's approval.");
        }
        if (member.institution().status() == InstitutionStatus.SUSPENDED) {
            throw new AccessRefusedException(member.institution().name() + " is suspended.");
        }
        return member;
    }

    private String newPublicCode() {
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String printable(String text) {
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "\u2026" : shown;
    }
}
