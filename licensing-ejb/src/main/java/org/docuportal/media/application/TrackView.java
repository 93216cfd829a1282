package org.docuportal.media.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.media.domain.Playlists;
import org.docuportal.media.domain.SubtitleTrack;

/** A subtitle track as listed: language, kind (lower case), the name players show, when it last changed, its cue count. */
public record TrackView(String language, String kind, String name, Instant updatedAt, int cues)
        implements Serializable {

    static TrackView of(SubtitleTrack track) {
        int cues = (int) track.cues().lines().filter(l -> l.contains("-->")).count();
        return new TrackView(track.language(), track.kind().name().toLowerCase(java.util.Locale.ROOT),
                Playlists.name(track), track.updatedAt(), cues);
    }
}
