package org.docuportal.media.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.shared.config.Setting;

/**
 * The ffmpeg and ffprobe programs, found by the settings {@code portal.media.ffmpeg} and
 * {@code portal.media.ffprobe} (names on PATH by default). The portal uses Debian's
 * {@code ffmpeg} package rather than a Maven artifact bundling the binaries: those are large,
 * built for one platform and one build, while the distribution's is patched with the system.
 */
@ApplicationScoped
public class Ffmpeg {

    private static final Duration RECHECK = Duration.ofSeconds(30);

    private String ffmpeg;
    private String ffprobe;
    private volatile Optional<String> lastCheck;
    private volatile Instant checkedAt = Instant.EPOCH;

    /** What ffprobe found in a file. */
    public record Probe(boolean hasVideo, boolean hasAudio, double durationSeconds) {
    }

    @PostConstruct
    void read() {
        ffmpeg = Setting.MEDIA_FFMPEG.valueOr("ffmpeg");
        ffprobe = Setting.MEDIA_FFPROBE.valueOr("ffprobe");
    }

    public String ffmpeg() {
        return ffmpeg;
    }

    public String ffprobe() {
        return ffprobe;
    }

    /**
     * Empty when both programs run; otherwise what is missing, in words that say what to do.
     * Checked at most every 30 seconds, so an installation takes effect without a restart.
     */
    public Optional<String> missing() {
        if (lastCheck == null || Instant.now().isAfter(checkedAt.plus(RECHECK))) {
            List<String> missing = new ArrayList<>();
            if (!runs(ffmpeg)) {
                missing.add("ffmpeg (" + ffmpeg + ")");
            }
            if (!runs(ffprobe)) {
                missing.add("ffprobe (" + ffprobe + ")");
            }
            lastCheck = missing.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", missing)
                    + " cannot be run on the server, so videos cannot be packaged. Install it (Debian or Ubuntu:"
                    + " apt-get install ffmpeg) or point the settings portal.media.ffmpeg and portal.media.ffprobe"
                    + " (PORTAL_MEDIA_FFMPEG, PORTAL_MEDIA_FFPROBE) at the programs.");
            checkedAt = Instant.now();
        }
        return lastCheck;
    }

    private static boolean runs(String program) {
        try {
            Process process = new ProcessBuilder(program, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads the streams and duration of a file; a file ffprobe cannot read has no video. */
    public Probe probe(Path file) throws IOException, InterruptedException {
        Output out = run(List.of(ffprobe, "-v", "error", "-show_entries", "stream=codec_type:format=duration",
                "-of", "default=noprint_wrappers=1", file.toString()), Duration.ofMinutes(2));
        if (out.exit() != 0) {
            return new Probe(false, false, 0);
        }
        boolean video = false;
        boolean audio = false;
        double duration = 0;
        for (String line : out.text().split("\n")) {
            String l = line.trim();
            video |= l.equals("codec_type=video");
            audio |= l.equals("codec_type=audio");
            if (l.startsWith("duration=")) {
                try {
                    duration = Double.parseDouble(l.substring("duration=".length()));
                } catch (NumberFormatException notANumber) {
                    duration = 0;
                }
            }
        }
        return new Probe(video, audio, duration);
    }

    /** The first video stream's start time in 90 kHz MPEG-TS ticks, or empty when unreadable. */
    public Optional<Long> videoStartPts(Path transportStream) throws IOException, InterruptedException {
        Output out = run(List.of(ffprobe, "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=start_pts",
                "-of", "csv=p=0", transportStream.toString()), Duration.ofMinutes(1));
        for (String line : out.text().split("\n")) {
            if (line.trim().matches("\\d+")) {
                return Optional.of(Long.parseLong(line.trim()));
            }
        }
        return Optional.empty();
    }

    private record Output(int exit, String text) {
    }

    private static Output run(List<String> command, Duration limit) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] text = process.getInputStream().readAllBytes();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Output(-1, "");
        }
        return new Output(process.exitValue(), new String(text, StandardCharsets.UTF_8));
    }
}
