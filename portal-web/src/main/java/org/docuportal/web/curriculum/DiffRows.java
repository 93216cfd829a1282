package org.docuportal.web.curriculum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.docuportal.curriculum.application.GuideDiff;
import org.docuportal.curriculum.application.GuideDiff.Change;

/**
 * A diff as the editor shows it: the changed lines with a few unchanged lines around each, and every
 * longer run of unchanged lines folded into one row that says how many were left out. A guide runs to
 * hundreds of lines; a correction changes a few, and those are what an editor comparing versions looks for.
 */
final class DiffRows {

    /** Unchanged lines kept before and after each change. */
    static final int CONTEXT = 2;

    private DiffRows() {
    }

    static List<Row> of(GuideDiff diff) {
        List<GuideDiff.Line> lines = diff.lines();
        boolean[] shown = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).change() != Change.KEPT) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(lines.size() - 1, i + CONTEXT); j++) {
                    shown[j] = true;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        int folded = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (shown[i]) {
                if (folded > 0) {
                    rows.add(Row.folded(folded));
                    folded = 0;
                }
                rows.add(Row.of(lines.get(i)));
            } else {
                folded++;
            }
        }
        if (folded > 0) {
            rows.add(Row.folded(folded));
        }
        return rows;
    }

    /**
     * One row of the table: a line (its change, its numbers on either side, its text) or, when
     * {@code folded} is above 0, that many unchanged lines left out.
     */
    record Row(String change, int fromLine, int toLine, String text, int folded) implements Serializable {

        static Row of(GuideDiff.Line line) {
            return new Row(line.change().name(), line.fromLine(), line.toLine(), line.text(), 0);
        }

        static Row folded(int lines) {
            return new Row("FOLDED", 0, 0, "", lines);
        }

        /** The text marker of the change, so that it does not rest on colour: + added, − removed. */
        public String marker() {
            return switch (change) {
                case "ADDED" -> "+";
                case "REMOVED" -> "\u2212";
                default -> "";
            };
        }
    }
}
