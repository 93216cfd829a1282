package org.docuportal.web.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.docuportal.curriculum.application.GuideDiff;
import org.docuportal.curriculum.application.GuideDiff.Change;
import org.junit.jupiter.api.Test;

class DiffRowsTest {

    @Test
    void aChangeInALongTextShowsItsContextAndFoldsTheRest() {
        List<GuideDiff.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            lines.add(new GuideDiff.Line(Change.KEPT, i, i, "kept " + i));
        }
        lines.add(new GuideDiff.Line(Change.REMOVED, 11, 0, "old"));
        lines.add(new GuideDiff.Line(Change.ADDED, 0, 11, "new"));
        for (int i = 12; i <= 20; i++) {
            lines.add(new GuideDiff.Line(Change.KEPT, i, i, "kept " + i));
        }

        List<DiffRows.Row> rows = DiffRows.of(new GuideDiff("1", "draft", lines));

        assertThat(rows).extracting(DiffRows.Row::change)
                .containsExactly("FOLDED", "KEPT", "KEPT", "REMOVED", "ADDED", "KEPT", "KEPT", "FOLDED");
        assertThat(rows.get(0).folded()).isEqualTo(8);
        assertThat(rows.get(1).text()).isEqualTo("kept 9");
        assertThat(rows.get(3).marker()).isEqualTo("\u2212");
        assertThat(rows.get(4).marker()).isEqualTo("+");
        assertThat(rows.get(6).text()).isEqualTo("kept 13");
        assertThat(rows.get(7).folded()).isEqualTo(7);
    }

    @Test
    void changesCloseTogetherShareTheirContextAndNothingIsFoldedBetweenThem() {
        List<GuideDiff.Line> lines = List.of(
                new GuideDiff.Line(Change.ADDED, 0, 1, "first"),
                new GuideDiff.Line(Change.KEPT, 1, 2, "a"),
                new GuideDiff.Line(Change.KEPT, 2, 3, "b"),
                new GuideDiff.Line(Change.KEPT, 3, 4, "c"),
                new GuideDiff.Line(Change.REMOVED, 4, 0, "last"));

        assertThat(DiffRows.of(new GuideDiff("1", "2", lines))).extracting(DiffRows.Row::change)
                .containsExactly("ADDED", "KEPT", "KEPT", "KEPT", "REMOVED");
    }

    @Test
    void identicalTextsShowOneFoldedRow() {
        List<GuideDiff.Line> lines = List.of(new GuideDiff.Line(Change.KEPT, 1, 1, "a"), new GuideDiff.Line(Change.KEPT, 2, 2, "b"));

        assertThat(DiffRows.of(new GuideDiff("1", "2", lines))).extracting(DiffRows.Row::folded).containsExactly(2);
    }
}
