package org.docuportal.impact.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns the closed screenings of one film into the report's groups: the film, each country, each
 * institution type and each screening, with participation, the change per statement and overall
 * with 95% confidence intervals ({@link ChangeEstimate}), and the share whose awareness rose.
 *
 * <h2>Small groups</h2>
 * A screening is the smallest group the report publishes, and the unit everything else is built
 * from. A screening with fewer paired participants than the minimum group size is hidden, and it
 * is also left out of every larger group: the film, its country, its institution type. So no
 * published figure contains a hidden participant's answers, and subtracting two published
 * figures (the film total minus a country, a country minus an institution type) yields only whole
 * visible screenings, each at or above the minimum, never a small group. The price is that a film
 * screened only to small audiences shows nothing until one screening is large enough; suppressing
 * the film total instead (keeping small screenings in it) would need a check of every pair and
 * partition of groups, and it would still leak when two reports are compared. A larger group
 * formed only of hidden screenings is itself shown as hidden.
 *
 * <p>Across reports, figures change only when a screening closes (the service counts closed
 * screenings only), and then by a whole screening at or above the minimum; between two reports no
 * single participant's answers can be recovered either.
 *
 * <p>Statements are pooled across screenings when their words are the same; a statement a
 * teacher reworded is a different statement. The overall change compares each participant's mean
 * over the statements of their own screening, so it pools screenings with different statements.
 */
public final class ImpactIndicators {

    /** The smallest minimum group size: a confidence interval needs two participants. */
    public static final int LEAST_MINIMUM = 2;

    private final int minimumGroupSize;

    /** Indicators that hide groups of fewer than {@code minimumGroupSize} paired participants (at least 2). */
    public ImpactIndicators(int minimumGroupSize) {
        this.minimumGroupSize = Math.max(LEAST_MINIMUM, minimumGroupSize);
    }

    public int minimumGroupSize() {
        return minimumGroupSize;
    }

    /** Whether a screening is large enough to publish, and to count in larger groups. */
    public boolean isShown(ScreeningSample screening) {
        return screening.pairs().size() >= minimumGroupSize;
    }

    /**
     * The groups of one film's screenings: the film first, then countries, institution types (both
     * by key), then screenings by day. Empty when there are no screenings.
     */
    public List<GroupIndicators> groups(String filmKey, List<ScreeningSample> screenings) {
        if (screenings.isEmpty()) {
            return List.of();
        }
        List<ScreeningSample> ordered = new ArrayList<>(screenings);
        ordered.sort(Comparator.comparing(ScreeningSample::date).thenComparing(ScreeningSample::screeningId));
        List<GroupIndicators> groups = new ArrayList<>();
        groups.add(group(GroupKind.FILM, filmKey, filmKey, ordered));
        groups.addAll(partition(GroupKind.COUNTRY, ordered, ScreeningSample::country));
        groups.addAll(partition(GroupKind.INSTITUTION_TYPE, ordered, s -> s.institutionType().name()));
        for (ScreeningSample screening : ordered) {
            groups.add(group(GroupKind.SCREENING, String.valueOf(screening.screeningId()),
                    screening.date() + " \u00b7 " + screening.institution(), List.of(screening)));
        }
        return groups;
    }

    private List<GroupIndicators> partition(GroupKind kind, List<ScreeningSample> screenings,
                                            Function<ScreeningSample, String> key) {
        Map<String, List<ScreeningSample>> byKey = new TreeMap<>();
        for (ScreeningSample screening : screenings) {
            byKey.computeIfAbsent(key.apply(screening), k -> new ArrayList<>()).add(screening);
        }
        List<GroupIndicators> groups = new ArrayList<>();
        byKey.forEach((k, members) -> groups.add(group(kind, k, k, members)));
        return groups;
    }

    /** The indicators over the shown screenings among {@code members}; hidden when none is shown. */
    GroupIndicators group(GroupKind kind, String key, String label, List<ScreeningSample> members) {
        List<ScreeningSample> shown = members.stream().filter(this::isShown).toList();
        if (shown.isEmpty()) {
            return GroupIndicators.hidden(kind, key, label);
        }
        int pre = 0;
        int post = 0;
        List<ScreeningSample.Pair> pairs = new ArrayList<>();
        for (ScreeningSample screening : shown) {
            pre += screening.preCount();
            post += screening.postCount();
            pairs.addAll(screening.pairs());
        }
        double[] overall = pairs.stream().mapToDouble(ScreeningSample.Pair::meanChange).toArray();
        long rose = pairs.stream().filter(ScreeningSample.Pair::rose).count();
        return new GroupIndicators(kind, key, label, false, shown.size(), pre, post, pairs.size(),
                ChangeEstimate.of(overall), itemChanges(shown), rose / (double) pairs.size());
    }

    private static List<GroupIndicators.ItemChange> itemChanges(List<ScreeningSample> shown) {
        Set<String> statements = new LinkedHashSet<>();
        shown.forEach(s -> statements.addAll(s.items()));
        Map<String, List<Double>> differences = new LinkedHashMap<>();
        for (ScreeningSample screening : shown) {
            for (int i = 0; i < screening.items().size(); i++) {
                List<Double> list = differences.computeIfAbsent(screening.items().get(i), s -> new ArrayList<>());
                for (ScreeningSample.Pair pair : screening.pairs()) {
                    list.add((double) (pair.post().get(i) - pair.pre().get(i)));
                }
            }
        }
        List<GroupIndicators.ItemChange> changes = new ArrayList<>();
        for (String statement : statements) {
            double[] values = differences.get(statement).stream().mapToDouble(Double::doubleValue).toArray();
            changes.add(new GroupIndicators.ItemChange(statement, ChangeEstimate.of(values)));
        }
        return changes;
    }
}
