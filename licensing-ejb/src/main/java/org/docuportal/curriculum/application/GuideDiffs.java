package org.docuportal.curriculum.application;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/** Line-by-line comparison of two guide texts (java-diff-utils' Myers diff). */
final class GuideDiffs {

    private GuideDiffs() {
    }

    static GuideDiff between(String fromName, String fromText, String toName, String toText) {
        List<String> from = fromText.lines().toList();
        List<String> to = toText.lines().toList();
        Patch<String> patch = DiffUtils.diff(from, to);
        List<GuideDiff.Line> lines = new ArrayList<>();
        int f = 0;
        int t = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (f < delta.getSource().getPosition()) {
                lines.add(new GuideDiff.Line(GuideDiff.Change.KEPT, f + 1, t + 1, from.get(f)));
                f++;
                t++;
            }
            for (String removed : delta.getSource().getLines()) {
                lines.add(new GuideDiff.Line(GuideDiff.Change.REMOVED, ++f, 0, removed));
            }
            for (String added : delta.getTarget().getLines()) {
                lines.add(new GuideDiff.Line(GuideDiff.Change.ADDED, 0, ++t, added));
            }
        }
        while (f < from.size()) {
            lines.add(new GuideDiff.Line(GuideDiff.Change.KEPT, f + 1, t + 1, from.get(f)));
            f++;
            t++;
        }
        return new GuideDiff(fromName.strip(), toName.strip(), lines);
    }
}
