package org.docuportal.media.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.media.domain.Chapters;
import org.docuportal.media.domain.JobStage;
import org.docuportal.media.domain.Playlists;
import org.docuportal.media.domain.SubtitleTrack;
import org.docuportal.media.domain.WebVtt;

/**
 * Turns one video into the encrypted HLS set, as {@code deploy/media/package-hls.sh} does, in a
 * work folder: two renditions (640x360 at 400 kbit/s, 320x180 at 150 kbit/s, AAC 96 kbit/s),
 * 2-second segments with key frames aligned across renditions, AES-128 with the title's key and
 * {@code periodic_rekey} (segment N has IV = N, and every playlist names the key {@code ../key}),
 * then the subtitle playlists, {@code chapters.vtt} and the master playlist written by the portal.
 * The caller swaps the finished folder into the media store.
 */
@ApplicationScoped
public class HlsPackager {

    static final String V0 = "640:360:400";
    static final String V1 = "320:180:150";
    static final String AUDIO_BITRATE = "96k";
    /** The reason a file that is not video fails with, as the distributor reads it. */
    public static final String NOT_A_VIDEO = "The file is not a video ffmpeg can read (no video stream found).";

    private static final Pattern OUT_TIME = Pattern.compile("out_time_(?:us|ms)=(\\d+)");
    private static final Pattern STREAM_ATTR = Pattern.compile("[:,](BANDWIDTH|RESOLUTION|CODECS)=(\"[^\"]*\"|[^,]*)");

    @Inject
    private Ffmpeg ffmpeg;

    /** Receives progress; answers false when the job is no longer this server's, which stops the work. */
    @FunctionalInterface
    public interface Progress {
        boolean report(JobStage stage, int percent, Integer secondsLeft);
    }

    /** Packaging stopped for a reason the distributor should read (a bad file, an ffmpeg error). */
    public static class PackagingException extends Exception {
        public PackagingException(String message) {
            super(message);
        }
    }

    /** The finished set in {@code out}, and what the master playlist needs to be written again later. */
    public record Packaged(Path out, long durationMillis, Long mpegtsStart, List<String> streamInfLines) {
    }

    /** Whether the file holds a video stream ffmpeg can read; checked before anything is written. */
    public Ffmpeg.Probe probe(Path input) throws IOException, InterruptedException, PackagingException {
        Ffmpeg.Probe probe = ffmpeg.probe(input);
        if (!probe.hasVideo()) {
            throw new PackagingException(NOT_A_VIDEO);
        }
        return probe;
    }

    /** Encodes and encrypts the renditions into {@code work/out}; {@link #finish} adds the text tracks and master playlist. */
    public Packaged pack(Path input, Ffmpeg.Probe probe, Path work, byte[] key, Progress progress) throws IOException, InterruptedException, PackagingException {
        Path out = Files.createDirectories(work.resolve("out"));
        Path keyFile = work.resolve("key");
        Files.write(keyFile, key);
        Path keyInfo = work.resolve("key.info");
        Files.writeString(keyInfo, "../key\n" + keyFile + "\n");

        encode(input, probe, out, keyInfo, work.resolve("ffmpeg.log"), progress);
        if (!progress.report(JobStage.PUBLISHING, 99, 0)) {
            throw new InterruptedException("the job was taken over by another server");
        }
        List<String> streamInf = new ArrayList<>();
        List<String> ffmpegInf = Files.readAllLines(out.resolve("ffmpeg-master.m3u8")).stream()
                .filter(l -> l.startsWith("#EXT-X-STREAM-INF:")).toList();
        if (ffmpegInf.size() != 2) {
            throw new PackagingException("ffmpeg's master playlist does not list two renditions.");
        }
        for (int v = 0; v < 2; v++) {
            Path playlist = out.resolve("v" + v).resolve("index.m3u8");
            if (!Files.isRegularFile(playlist) || !Files.isRegularFile(out.resolve("v" + v).resolve("seg_00000.ts"))) {
                throw new PackagingException("ffmpeg wrote no rendition v" + v + ".");
            }
            if (!Files.readString(playlist).contains("#EXT-X-KEY:METHOD=AES-128,URI=\"../key\"")) {
                throw new PackagingException("v" + v + "/index.m3u8 does not name ../key.");
            }
            streamInf.add(streamInfLine(ffmpegInf.get(v), peakBandwidth(playlist)));
        }
        Files.delete(out.resolve("ffmpeg-master.m3u8"));

        long durationMillis = Math.round(probe.durationSeconds() * 1000);
        Long mpegtsStart = firstFramePts(out.resolve("v0"), key, work).orElse(null);
        return new Packaged(out, durationMillis, mpegtsStart, streamInf);
    }

    /**
     * Writes the text tracks and the master playlist into the new set, from the tracks as they are
     * when encoding ends (a subtitle uploaded meanwhile is in the new set too).
     */
    public void finish(Packaged set, List<SubtitleTrack> tracks, Chapters chapters) throws IOException {
        writeTextTracks(set.out(), set.durationMillis(), set.mpegtsStart(), tracks, chapters);
        Files.writeString(set.out().resolve("master.m3u8"), Playlists.master(set.streamInfLines(), tracks));
    }

    /** Writes {@code subs/} and {@code chapters.vtt} of a set (into a work folder or a copy of the store). */
    public static void writeTextTracks(Path out, long durationMillis, Long mpegtsStart, List<SubtitleTrack> tracks,
                                       Chapters chapters) throws IOException {
        if (!tracks.isEmpty()) {
            Path subs = Files.createDirectories(out.resolve("subs"));
            for (SubtitleTrack track : tracks) {
                Files.writeString(subs.resolve(track.fileName() + ".vtt"), WebVtt.withTimestampMap(track.cues(), mpegtsStart));
                Files.writeString(subs.resolve(track.fileName() + ".m3u8"), Playlists.subtitles(track.fileName(), durationMillis));
            }
        }
        if (!chapters.isEmpty()) {
            Files.writeString(out.resolve("chapters.vtt"), chapters.toWebVtt(durationMillis));
        }
    }

    private void encode(Path input, Ffmpeg.Probe probe, Path out, Path keyInfo, Path log, Progress progress)
            throws IOException, InterruptedException, PackagingException {
        String[] v0 = V0.split(":");
        String[] v1 = V1.split(":");
        int k0 = Integer.parseInt(v0[2]);
        int k1 = Integer.parseInt(v1[2]);
        List<String> command = new ArrayList<>(List.of(ffmpeg.ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin",
                "-y", "-i", input.toString(),
                "-filter_complex", "[0:v:0]split=2[a][b];[a]" + fit(v0[0], v0[1]) + "[v0];[b]" + fit(v1[0], v1[1]) + "[v1]",
                "-map", "[v0]", "-map", "[v1]"));
        String streamMap = "v:0 v:1";
        if (probe.hasAudio()) {
            command.addAll(List.of("-map", "0:a:0", "-map", "0:a:0"));
            streamMap = "v:0,a:0 v:1,a:1";
        }
        command.addAll(List.of("-c:v", "libx264", "-preset", "medium", "-profile:v", "main",
                "-b:v:0", k0 + "k", "-maxrate:v:0", k0 * 11 / 10 + "k", "-bufsize:v:0", k0 * 2 + "k",
                "-b:v:1", k1 + "k", "-maxrate:v:1", k1 * 11 / 10 + "k", "-bufsize:v:1", k1 * 2 + "k",
                "-force_key_frames", "expr:gte(t,n_forced*2)", "-sc_threshold", "0"));
        if (probe.hasAudio()) {
            command.addAll(List.of("-c:a", "aac", "-b:a", AUDIO_BITRATE, "-ac", "2", "-ar", "48000"));
        }
        command.addAll(List.of("-f", "hls", "-hls_time", "2", "-hls_playlist_type", "vod",
                "-hls_flags", "periodic_rekey+independent_segments",
                "-hls_key_info_file", keyInfo.toString(),
                "-hls_segment_filename", out.resolve("v%v").resolve("seg_%05d.ts").toString(),
                "-master_pl_name", "ffmpeg-master.m3u8",
                "-var_stream_map", streamMap,
                "-progress", "pipe:1", "-nostats",
                out.resolve("v%v").resolve("index.m3u8").toString()));

        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        long started = System.nanoTime();
        long durationMicros = Math.round(probe.durationSeconds() * 1_000_000);
        long lastReport = 0;
        boolean stopped = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher m = OUT_TIME.matcher(line);
                long now = System.nanoTime();
                if (m.matches() && durationMicros > 0 && now - lastReport > 1_000_000_000L) {
                    lastReport = now;
                    double done = Math.min(1.0, Long.parseLong(m.group(1)) / (double) durationMicros);
                    Integer left = done < 0.01 ? null : (int) Math.round((now - started) / 1e9 * (1 - done) / done);
                    if (!progress.report(JobStage.ENCODING, (int) Math.min(98, Math.floor(done * 98)), left)) {
                        stopped = true;
                        process.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (stopped) {
            throw new InterruptedException("the job was taken over by another server");
        }
        if (process.exitValue() != 0) {
            String errors = Files.exists(log) ? Files.readString(log).strip() : "";
            String last = errors.isEmpty() ? "" : errors.substring(errors.lastIndexOf('\n') + 1);
            throw new PackagingException("ffmpeg could not encode the video (exit " + process.exitValue() + ")"
                    + (last.isEmpty() ? "." : ": " + last));
        }
    }

    private static String fit(String w, String h) {
        return "scale=" + w + ":" + h + ":force_original_aspect_ratio=decrease,pad=" + w + ":" + h
                + ":(ow-iw)/2:(oh-ih)/2,setsar=1,format=yuv420p";
    }

    /** The rendition's line with the measured peak bit rate where it exceeds the configured one, as HLS defines BANDWIDTH. */
    static String streamInfLine(String ffmpegLine, long peak) {
        long bandwidth = 0;
        String resolution = null;
        String codecs = null;
        Matcher m = STREAM_ATTR.matcher(ffmpegLine);
        while (m.find()) {
            switch (m.group(1)) {
                case "BANDWIDTH" -> bandwidth = Long.parseLong(m.group(2));
                case "RESOLUTION" -> resolution = m.group(2);
                default -> codecs = m.group(2);
            }
        }
        StringBuilder line = new StringBuilder("#EXT-X-STREAM-INF:BANDWIDTH=").append(Math.max(bandwidth, peak));
        if (resolution != null) {
            line.append(",RESOLUTION=").append(resolution);
        }
        if (codecs != null) {
            line.append(",CODECS=").append(codecs);
        }
        return line.toString();
    }

    /** The largest segment's size over its duration, in bits per second. */
    static long peakBandwidth(Path playlist) throws IOException {
        double duration = 0;
        long peak = 0;
        for (String line : Files.readAllLines(playlist)) {
            if (line.startsWith("#EXTINF:")) {
                duration = Double.parseDouble(line.substring(8, line.indexOf(',') < 0 ? line.length() : line.indexOf(',')));
            } else if (!line.isEmpty() && !line.startsWith("#") && duration > 0) {
                long size = Files.size(playlist.resolveSibling(line));
                peak = Math.max(peak, (long) (size * 8 / duration));
                duration = 0;
            }
        }
        return peak;
    }

    /**
     * The MPEG-TS time of the first video frame: the first segment decrypted with the IV its
     * playlist states and read by ffprobe. Subtitles are tied to it with {@code X-TIMESTAMP-MAP}.
     */
    private Optional<Long> firstFramePts(Path rendition, byte[] key, Path work) throws IOException, InterruptedException {
        String playlist = Files.readString(rendition.resolve("index.m3u8"));
        Matcher iv = Pattern.compile("IV=0x([0-9a-fA-F]{32})").matcher(playlist);
        byte[] ivBytes = iv.find() ? HexFormat.of().parseHex(iv.group(1)) : new byte[16];
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(ivBytes));
            Path first = work.resolve("first.ts");
            Files.write(first, cipher.doFinal(Files.readAllBytes(rendition.resolve("seg_00000.ts"))));
            return ffmpeg.videoStartPts(first);
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
