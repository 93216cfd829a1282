package org.docuportal.impact.domain;

import java.util.List;

/**
 * The indicators of one group of a report, or only the fact that the group exists and is hidden.
 *
 * @param kind how the group is formed
 * @param key what identifies it within its kind: a country code, an institution type's name, a
 *            screening's id; the film's slug for the film group
 * @param label the screening's day and institution for a screening group; the key otherwise
 * @param hidden whether the group is too small to show; then every figure below is empty
 * @param screenings how many screenings the figures cover
 * @param preCount answers before the screenings
 * @param postCount answers after the screenings
 * @param pairedCount participants who answered both, paired by their code
 * @param overall the change of the participants' mean over all statements
 * @param items the change per statement, in the order the statements were first asked
 * @param shareRose the share of paired participants whose mean rose, from 0 to 1
 */
public record GroupIndicators(GroupKind kind, String key, String label, boolean hidden, int screenings, int preCount,
                              int postCount, int pairedCount, ChangeEstimate overall, List<ItemChange> items,
                              Double shareRose) {

    static GroupIndicators hidden(GroupKind kind, String key, String label) {
        return new GroupIndicators(kind, key, label, true, 0, 0, 0, 0, null, List.of(), null);
    }

    /** The change of the answers to one statement. */
    public record ItemChange(String statement, ChangeEstimate change) {
    }
}
