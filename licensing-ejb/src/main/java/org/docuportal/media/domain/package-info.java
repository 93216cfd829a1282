/**
 * Media studio: what a title's streaming set is made of besides the video (subtitle tracks,
 * chapters), the packaging jobs that turn an uploaded master into the encrypted HLS set, and the
 * rules for the files people upload (WebVTT and SRT with line numbers in every complaint, chapter
 * times within the runtime).
 *
 * <p>The set's layout is the one {@code deploy/media/package-hls.sh} writes and the player and
 * the nginx edge read: {@code <slug>/master.m3u8}, {@code v0/}, {@code v1/},
 * {@code subs/<lang>.m3u8|.vtt}, {@code chapters.vtt}, and the key at {@code keys/<slug>.key}.
 */
package org.docuportal.media.domain;
