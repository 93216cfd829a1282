package org.docuportal.curriculum;

import org.commonmark.node.CustomNode;

/** A {@code [[HH:MM:SS]]} in a guide's text, as {@link TimecodePostProcessor} finds it. */
final class TimecodeNode extends CustomNode {

    private final Timecode timecode;

    TimecodeNode(Timecode timecode) {
        this.timecode = timecode;
    }

    Timecode timecode() {
        return timecode;
    }
}
