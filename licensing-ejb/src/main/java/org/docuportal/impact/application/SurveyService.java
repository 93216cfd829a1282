package org.docuportal.impact.application;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.impact.domain.ImpactRepository;
import org.docuportal.impact.domain.LikertAnswers;
import org.docuportal.impact.domain.PairingCode;
import org.docuportal.impact.domain.Screening;
import org.docuportal.impact.domain.SurveyInputException;
import org.docuportal.impact.domain.SurveyPhase;
import org.docuportal.impact.domain.SurveyResponse;
import org.docuportal.shared.application.GoneException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The public side of a survey: anyone with its link sees the statements and answers, without an
 * account. Nothing about the person is asked or kept (see {@link SurveyResponse}); the public code
 * in the link is the only key, and it carries 256 random bits.
 *
 * <p>A "before" answer returns a fresh {@link PairingCode} once and keeps only its hash; an
 * "after" answer with that code pairs with that "before" answer, once, and within the same
 * screening only. A participant who missed the "before" survey answers "after" without a code.
 *
 * <p>An answer only inserts a row and reads the screening, so a whole classroom may answer at the
 * same moment: nothing they share is written.
 */
@Stateless
@PermitAll
public class SurveyService {

    private final SecureRandom random = new SecureRandom();

    @Inject
    private ImpactRepository impact;

    /** The survey behind a public link. */
    public SurveyForm survey(String publicCode) {
        Screening screening = byCode(publicCode);
        return new SurveyForm(screening.title().title(), screening.screeningDate(), screening.items(), screening.isOpen());
    }

    /**
     * Records one participant's answers.
     *
     * @param phase {@code PRE} or {@code POST}
     * @param pairingCode for {@code POST}: the code received before the screening, or empty
     * @throws InvalidInputException naming {@code phase}, {@code answers}, {@code answers[i]} or {@code pairingCode}
     * @throws GoneException when the survey is closed
     */
    public AnswerReceipt answer(String publicCode, String phase, List<Integer> answers, String pairingCode) {
        Screening screening = byCode(publicCode);
        SurveyPhase surveyPhase = phase(phase);
        if (!screening.isOpen()) {
            throw new GoneException("This survey is closed and takes no more answers.");
        }
        try {
            LikertAnswers values = LikertAnswers.forItems(answers, screening.items().size());
            if (surveyPhase == SurveyPhase.PRE) {
                PairingCode code = PairingCode.random(random);
                impact.add(SurveyResponse.before(screening, values, code));
                return new AnswerReceipt(SurveyPhase.PRE.name(), code.display(), false);
            }
            SurveyResponse pre = null;
            if (pairingCode != null && !pairingCode.isBlank()) {
                PairingCode code = PairingCode.parse(pairingCode);
                pre = impact.beforeAnswer(screening, code.hash())
                        .orElseThrow(() -> new SurveyInputException("pairingCode", "No answers before this screening have"
                                + " the code " + code.display() + ". Check the code you wrote down, or leave it empty."));
                if (impact.isPaired(pre)) {
                    throw SurveyResponse.codeUsedAlready();
                }
            }
            impact.add(SurveyResponse.after(screening, values, pre));
            return new AnswerReceipt(SurveyPhase.POST.name(), null, pre != null);
        } catch (SurveyInputException e) {
            throw Surveys.invalid(e);
        }
    }

    private Screening byCode(String publicCode) {
        if (publicCode == null || publicCode.isBlank() || publicCode.length() > 64) {
            throw new NotFoundException("There is no survey at this address. Check the link or the QR code.");
        }
        return impact.screeningByCode(publicCode.strip())
                .orElseThrow(() -> new NotFoundException("There is no survey at this address. Check the link or the QR code."));
    }

    private static SurveyPhase phase(String phase) {
        try {
            return SurveyPhase.valueOf(phase == null ? "" : phase.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("phase", "Say whether you answer before the screening (PRE) or after it (POST).");
        }
    }
}
