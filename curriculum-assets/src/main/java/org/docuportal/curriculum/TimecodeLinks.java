package org.docuportal.curriculum;

/**
 * Where a timecode in a guide's web page leads, such as
 * {@code (film, seconds) -> "/watch.xhtml?slug=" + film + "&t=" + seconds}. The portal decides,
 * so that this module knows nothing of its pages; the renderer escapes what it returns. It gets
 * the film because one renderer serves the guides of every film.
 */
@FunctionalInterface
public interface TimecodeLinks {

    /**
     * The link target for a moment in a film.
     *
     * @param film the film's slug
     * @param seconds seconds from the film's start
     */
    String href(String film, int seconds);
}
