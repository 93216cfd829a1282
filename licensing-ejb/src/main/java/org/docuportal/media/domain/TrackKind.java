package org.docuportal.media.domain;

import java.util.Locale;

/**
 * What a text track is for. The kinds share the HLS {@code SUBTITLES} group; captions and
 * descriptions say so with the accessibility {@code CHARACTERISTICS} of the HLS specification
 * (RFC 8216bis, 4.4.6.1), which players use to offer them to people who need them.
 */
public enum TrackKind {
    /** A translation of the dialogue. */
    SUBTITLES(null),
    /** Dialogue and sounds for viewers who are deaf or hard of hearing. */
    CAPTIONS("public.accessibility.transcribes-spoken-dialog,public.accessibility.describes-music-and-sound"),
    /** Text descriptions of what is seen, for viewers who are blind or have low vision. */
    DESCRIPTIONS("public.accessibility.describes-video");

    private final String characteristics;

    TrackKind(String characteristics) {
        this.characteristics = characteristics;
    }

    /** The HLS CHARACTERISTICS attribute, or null for plain subtitles. */
    public String characteristics() {
        return characteristics;
    }

    /** The kind named in a request ({@code subtitles}, {@code captions}, {@code descriptions}), any case. */
    public static TrackKind parse(String name) {
        if (name == null || name.isBlank()) {
            return SUBTITLES;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be subtitles, captions or descriptions");
        }
    }

    /**
     * The file name (without extension) of a track in {@code subs/}: the language alone for
     * subtitles, as {@code package-hls.sh} names them, and {@code <lang>_<kind>} for the others
     * (an underscore never occurs in a language tag, so names cannot collide).
     */
    public String fileName(String language) {
        return this == SUBTITLES ? language : language + "_" + name().toLowerCase(Locale.ROOT);
    }
}
