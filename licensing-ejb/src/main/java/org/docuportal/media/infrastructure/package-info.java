/**
 * Media studio plumbing: the JPA repository, the upload folder (server-chosen names under the
 * data folder, never inside the media store), and ffmpeg/ffprobe run through {@link java.lang.ProcessBuilder}
 * to turn an upload into the encrypted HLS set ({@link org.docuportal.media.infrastructure.HlsPackager},
 * a port of {@code deploy/media/package-hls.sh}).
 */
package org.docuportal.media.infrastructure;
