package org.docuportal.curriculum.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class GuideDiffsTest {

    @Test
    void marksKeptRemovedAndAddedLinesWithTheirNumbersOnEachSide() {
        GuideDiff diff = GuideDiffs.between("1", "a\nb\nc\nd", "draft", "a\nc\nx\nd");

        assertThat(diff.lines()).containsExactly(
                new GuideDiff.Line(GuideDiff.Change.KEPT, 1, 1, "a"),
                new GuideDiff.Line(GuideDiff.Change.REMOVED, 2, 0, "b"),
                new GuideDiff.Line(GuideDiff.Change.KEPT, 3, 2, "c"),
                new GuideDiff.Line(GuideDiff.Change.ADDED, 0, 3, "x"),
                new GuideDiff.Line(GuideDiff.Change.KEPT, 4, 4, "d"));
        assertThat(diff.changed()).isTrue();
        assertThat(GuideDiffs.between("1", "same", "2", "same").changed()).isFalse();
    }

    /** Whatever the texts, the left side is the kept and removed lines, the right side the kept and added ones. */
    @RepeatedTest(200)
    void eachSideCanBeReadBackFromTheComparison() {
        Random random = new Random();
        String from = randomText(random);
        String to = randomText(random);

        GuideDiff diff = GuideDiffs.between("1", from, "2", to);

        assertThat(side(diff, GuideDiff.Change.ADDED)).isEqualTo(from.lines().toList());
        assertThat(side(diff, GuideDiff.Change.REMOVED)).isEqualTo(to.lines().toList());
    }

    private static List<String> side(GuideDiff diff, GuideDiff.Change without) {
        return diff.lines().stream().filter(l -> l.change() != without).map(GuideDiff.Line::text).collect(Collectors.toList());
    }

    private static String randomText(Random random) {
        List<String> lines = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return String.join("\n", lines);
    }
}
