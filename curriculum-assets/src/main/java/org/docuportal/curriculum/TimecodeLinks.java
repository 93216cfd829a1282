package org.docuportal.curriculum;

/**
 * Where a timecode in a guide's web page leads, such as
 * {@code seconds -> "/watch.xhtml?slug=" + film + "&t=" + seconds}. The portal decides, so that
 * this module knows nothing of its pages; the renderer escapes what it returns.
 */
@FunctionalInterface
public interface TimecodeLinks {

    /** The link target for a moment this many seconds into the film. */
    String href(int seconds);
}
