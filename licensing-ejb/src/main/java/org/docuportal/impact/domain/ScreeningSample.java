package org.docuportal.impact.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.docuportal.institution.domain.InstitutionType;

/**
 * What the indicators need of one closed screening: where it belongs in the report's groups, its
 * statements, how many answered before and after, and the answers of the participants whose two
 * answers were paired. A plain value, so that the arithmetic is tested without a database.
 *
 * @param screeningId the screening's id
 * @param date the screening day
 * @param institution the name of the institution that screened the film
 * @param country the institution's country when the survey opened (ISO 3166-1 alpha-2)
 * @param institutionType the institution's type when the survey opened
 * @param items the statements, in the order the answers follow
 * @param preCount answers before the screening, paired or not
 * @param postCount answers after the screening, paired or not
 * @param pairs the paired participants' answers
 */
public record ScreeningSample(long screeningId, LocalDate date, String institution, String country,
                              InstitutionType institutionType, List<String> items, int preCount, int postCount,
                              List<Pair> pairs) {

    public ScreeningSample {
        Objects.requireNonNull(date);
        items = List.copyOf(items);
        pairs = List.copyOf(pairs);
        for (Pair pair : pairs) {
            if (pair.pre().size() != items.size() || pair.post().size() != items.size()) {
                throw new IllegalArgumentException("every answer has one value per statement");
            }
        }
    }

    /** One participant's answers before and after the film. */
    public record Pair(LikertAnswers pre, LikertAnswers post) {

        /** Shorthand for fixtures: {@code Pair.of(List.of(2, 3), List.of(4, 4))}. */
        public static Pair of(List<Integer> pre, List<Integer> post) {
            return new Pair(new LikertAnswers(pre), new LikertAnswers(post));
        }

        /** Whether the participant's awareness rose: a higher mean (here: sum, same statements) after than before. */
        public boolean rose() {
            return post.total() > pre.total();
        }

        /** After minus before, of the participant's mean over all statements. */
        public double meanChange() {
            return (post.total() - pre.total()) / (double) pre.size();
        }
    }
}
