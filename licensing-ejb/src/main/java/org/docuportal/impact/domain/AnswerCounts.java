package org.docuportal.impact.domain;

/**
 * Participation in one screening survey, counted from its answer rows (never stored on the
 * screening, see {@link Screening}).
 *
 * @param before answers before the screening
 * @param after answers after it, paired or not
 * @param paired "after" answers paired with a "before" answer by its code
 */
public record AnswerCounts(int before, int after, int paired) {

    public static final AnswerCounts NONE = new AnswerCounts(0, 0, 0);

    public AnswerCounts {
        if (before < 0 || after < 0 || paired < 0 || paired > after || paired > before) {
            throw new IllegalArgumentException("impossible answer counts: " + before + "/" + after + "/" + paired);
        }
    }

    /** Whether anyone answered, which freezes the statements. */
    public boolean any() {
        return before + after > 0;
    }
}
