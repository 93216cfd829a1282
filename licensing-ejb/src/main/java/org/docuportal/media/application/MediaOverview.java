package org.docuportal.media.application;

import java.io.Serializable;
import java.util.List;

/**
 * Everything the title's media page shows.
 *
 * @param ffmpegProblem  what to do because ffmpeg is missing, or null when it runs
 * @param latestJob      the most recent packaging job, or null
 * @param durationMillis the packaged set's length, or null when the portal has not packaged one
 * @param runtimeMinutes the title's stated runtime, or null
 * @param hasMedia       whether a set is in the media store (packaged here or by the script)
 * @param maxUploadBytes the largest upload accepted
 */
public record MediaOverview(String slug, String title, String ffmpegProblem, MediaJobView latestJob, Long durationMillis,
                            Integer runtimeMinutes, boolean hasMedia, long maxUploadBytes, List<TrackView> tracks,
                            List<ChapterView> chapters) implements Serializable {
}
