package org.docuportal.media.domain;

/** The step a running job is at, in the order they happen. */
public enum JobStage {
    /** Waiting for a server to take the job. */
    WAITING,
    /** ffprobe reads the upload: is there a video stream, how long is it. */
    PROBING,
    /** ffmpeg encodes and encrypts the renditions; the only long step, the one the percentage measures. */
    ENCODING,
    /** Playlists, subtitles and chapters are written and the new set replaces the old one. */
    PUBLISHING,
    FINISHED
}
