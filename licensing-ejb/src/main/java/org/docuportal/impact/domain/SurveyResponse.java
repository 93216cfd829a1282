package org.docuportal.impact.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One anonymous set of answers to a screening survey, before or after the film.
 *
 * <p>Nothing here says who answered: no account, address, browser or time. A "before" answer keeps
 * the hash of the pairing code it handed out; an "after" answer given with that code points at it,
 * which is the only link between a person's two answers. An "after" answer without a code stands
 * alone: it counts in participation, not in the change.
 *
 * <p>Answering only ever inserts a row, so that a classroom answering at once never collides on a
 * shared row. That a code pairs once is the unique key on {@code pre_response_id}: of two
 * participants typing the same code at the same moment, one is stored and the other refused
 * ({@link #codeUsedAlready()}), which the service also says up front when the pairing exists.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "screening_id", nullable = false)
    private Screening screening;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, length = 4)
    private SurveyPhase phase;

    @Column(name = "answers", nullable = false, length = 200)
    private String answers;

    @Column(name = "pairing_code_hash", unique = true, length = 64)
    private String pairingCodeHash;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pre_response_id", unique = true)
    private SurveyResponse pre;

    @Version
    private long version;

    protected SurveyResponse() {
    }

    private SurveyResponse(Screening screening, SurveyPhase phase, LikertAnswers answers) {
        this.screening = Objects.requireNonNull(screening);
        if (answers.size() != screening.items().size()) {
            throw new SurveyInputException("answers", "Answer all " + screening.items().size() + " statements.");
        }
        this.phase = phase;
        this.answers = answers.stored();
    }

    /**
     * Answers before the screening, under a fresh pairing code that only its hash remembers.
     *
     * @throws IllegalStateException when the survey is closed
     */
    public static SurveyResponse before(Screening screening, LikertAnswers answers, PairingCode code) {
        SurveyResponse response = new SurveyResponse(screening, SurveyPhase.PRE, answers);
        response.pairingCodeHash = code.hash();
        screening.requireOpen();
        return response;
    }

    /**
     * Answers after the screening, paired with the "before" answer of the same screening that the
     * participant's code found, or alone when the participant has no code.
     *
     * <p>Whether that "before" answer was paired already is the repository's to know (and the
     * database's to enforce): see {@link #codeUsedAlready()}.
     *
     * @throws SurveyInputException naming {@code pairingCode} when that answer belongs to another screening
     * @throws IllegalStateException when the survey is closed
     */
    public static SurveyResponse after(Screening screening, LikertAnswers answers, SurveyResponse pre) {
        SurveyResponse response = new SurveyResponse(screening, SurveyPhase.POST, answers);
        if (pre != null) {
            boolean sameScreening = pre.screening == screening
                    || screening.id() != null && screening.id().equals(pre.screening.id());
            if (pre.phase != SurveyPhase.PRE || !sameScreening) {
                throw new SurveyInputException("pairingCode", "This code does not belong to this survey.");
            }
            response.pre = pre;
        }
        screening.requireOpen();
        return response;
    }

    /** The refusal of a code that paired already, whether found before storing or by the unique key. */
    public static SurveyInputException codeUsedAlready() {
        return new SurveyInputException("pairingCode", "This code has already been used for the answers after"
                + " the screening. Each code works once.");
    }

    public Long id() {
        return id;
    }

    public SurveyPhase phase() {
        return phase;
    }

    public LikertAnswers answers() {
        return LikertAnswers.fromStored(answers);
    }

    /** Whether this "after" answer is paired with a "before" answer. */
    public boolean isPaired() {
        return pre != null;
    }
}
