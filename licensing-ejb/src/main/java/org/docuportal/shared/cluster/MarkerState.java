package org.docuportal.shared.cluster;

/** What a server found when it compared a shared folder's marker file with the value the database records. */
public enum MarkerState {
    /** No server had marked the folder yet: this one wrote the file and recorded its value. */
    WRITTEN_NOW,
    /** The file holds the recorded value: this server sees the folder the others wrote into. */
    MATCHES,
    /** The database records a value but the folder has no marker file: not the folder the others share. */
    MISSING,
    /** The folder's marker holds another value: another cluster's folder, or a stale copy. */
    DIFFERENT,
    /** The folder could not be read or written at all. */
    UNUSABLE
}
