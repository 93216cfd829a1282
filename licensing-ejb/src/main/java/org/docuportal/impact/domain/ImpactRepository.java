package org.docuportal.impact.domain;

import java.util.List;
import java.util.Optional;

/** Survey templates, screenings, their answers and policy events. Implementations join the caller's transaction. */
public interface ImpactRepository {

    Optional<SurveyTemplate> templateOf(long titleId);

    void add(SurveyTemplate template);

    void add(Screening screening);

    Optional<Screening> screening(long id);

    Optional<Screening> screeningByCode(String publicCode);

    /** The institution's screenings, latest screening day first. */
    List<Screening> screeningsOf(long institutionId);

    /** A film's screenings, all institutions' or one's ({@code institutionId} not null), by screening day. */
    List<Screening> screeningsOfTitle(long titleId, Long institutionId);

    /**
     * Stores an answer at once (flushed), so that a code that paired meanwhile is refused here.
     *
     * @throws SurveyInputException ({@link SurveyResponse#codeUsedAlready()}) when another "after"
     *                              answer took the same "before" answer first
     */
    void add(SurveyResponse response);

    /** Whether an "after" answer is paired with that "before" answer already. */
    boolean isPaired(SurveyResponse before);

    /** The screening's participation, counted from its answers. */
    AnswerCounts answerCounts(Screening screening);

    /** The participation of each of the screenings, by screening id; a screening without answers has {@link AnswerCounts#NONE}. */
    java.util.Map<Long, AnswerCounts> answerCounts(List<Screening> screenings);

    /** The "before" answer of that screening stored under the code's hash. */
    Optional<SurveyResponse> beforeAnswer(Screening screening, String pairingCodeHash);

    /** The screening's paired participants: each "after" answer with the "before" answer it points at. */
    List<ScreeningSample.Pair> pairsOf(Screening screening);

    /** Every film of the catalog, by title, for the choice of a film in reports and the policy log. */
    List<org.docuportal.catalog.domain.Title> films();

    void add(PolicyEvent event);

    Optional<PolicyEvent> policyEvent(long id);

    void remove(PolicyEvent event);

    /** The film's policy events, or all films' when {@code titleId} is null, latest first. */
    List<PolicyEvent> policyEvents(Long titleId);
}
