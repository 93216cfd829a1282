package org.docuportal.entitlement.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

import org.docuportal.shared.application.ConflictException;

/** Every stream the entitlement allows is in use: 409, listing the streams so the teacher knows whom to ask. */
@ApplicationException(rollback = true)
public class StreamCapReachedException extends ConflictException {

    private final transient List<ActiveStream> activeStreams;

    public StreamCapReachedException(int cap, List<ActiveStream> activeStreams) {
        super("All " + cap + (cap == 1 ? " stream" : " streams") + " of this license are in use. Try again when one ends;"
                + " a stream that is closed without stopping frees itself within a few minutes.");
        this.activeStreams = List.copyOf(activeStreams);
    }

    public List<ActiveStream> activeStreams() {
        return activeStreams;
    }
}
