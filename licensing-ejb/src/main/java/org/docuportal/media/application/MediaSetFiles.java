package org.docuportal.media.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.docuportal.media.domain.Chapters;
import org.docuportal.media.domain.MediaRepository;
import org.docuportal.media.domain.Playlists;
import org.docuportal.media.domain.SubtitleRejectedException;
import org.docuportal.media.domain.SubtitleTrack;
import org.docuportal.media.domain.TitleMedia;
import org.docuportal.media.domain.TrackKind;
import org.docuportal.media.domain.WebVtt;
import org.docuportal.shared.storage.FileStore;
import org.docuportal.shared.storage.FileStores;

/**
 * The text files of a title's set in the media store: written again when a subtitle track or the
 * chapters change (each file replaced whole; the master playlist last when a track is added and
 * first when one is removed, so it never names a missing file), and adopted from a set that
 * {@code package-hls.sh} made, so that its tracks and chapters are kept when the portal packages
 * the title again. Runs inside the caller's transaction.
 */
@ApplicationScoped
class MediaSetFiles {

    private static final Pattern MEDIA = Pattern.compile("#EXT-X-MEDIA:TYPE=SUBTITLES,.*LANGUAGE=\"([^\"]+)\".*URI=\"subs/([A-Za-z0-9_-]+)\\.m3u8\".*");
    private static final Pattern MAP = Pattern.compile("X-TIMESTAMP-MAP=MPEGTS:(\\d+).*");
    private static final Pattern CUE = Pattern.compile("(\\S+)\\s+-->\\s+\\S+.*");

    @Inject
    private MediaRepository media;

    @Inject
    private FileStores stores;

    @Inject
    private Clock clock;

    @Inject
    private MediaAdoption adoption;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MediaSetFiles.class.getName());

    /** Whether the media store holds a set for the title. */
    boolean hasSet(String slug) {
        return stores.media().exists(slug + "/master.m3u8");
    }

    /** Writes the tracks' files and the master playlist; {@code removed} names the files of a track just deleted. */
    void publishText(String slug, TitleMedia record, List<SubtitleTrack> tracks, String removed) {
        if (!record.isPackaged() || !hasSet(slug)) {
            return;
        }
        FileStore store = stores.media();
        try {
            for (SubtitleTrack track : tracks) {
                put(store, slug + "/subs/" + track.fileName() + ".vtt", WebVtt.withTimestampMap(track.cues(), record.mpegtsStart()));
                put(store, slug + "/subs/" + track.fileName() + ".m3u8", Playlists.subtitles(track.fileName(), record.durationMillis()));
            }
            put(store, slug + "/master.m3u8", Playlists.master(record.streamInfLines(), tracks));
            if (removed != null) {
                store.delete(slug + "/subs/" + removed + ".vtt");
                store.delete(slug + "/subs/" + removed + ".m3u8");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void publishChapters(String slug, TitleMedia record) {
        if (!record.isPackaged() || !hasSet(slug)) {
            return;
        }
        try {
            Chapters chapters = record.chapters();
            if (chapters.isEmpty()) {
                stores.media().delete(slug + "/chapters.vtt");
            } else {
                put(stores.media(), slug + "/chapters.vtt", chapters.toWebVtt(record.durationMillis()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes over a set the portal did not package (the demo's, or one made with
     * {@code package-hls.sh}): its renditions, length, subtitle tracks and chapters are recorded,
     * as if the portal had made it. Does nothing when the portal knows the set already.
     */
    TitleMedia adopt(long titleId, String slug) {
        Optional<TitleMedia> known = media.titleMedia(titleId);
        if (known.isPresent() && (known.get().isPackaged() || !hasSet(slug))) {
            return known.get();
        }
        // Reads adopt too (the first look at a title's media does it), so two requests may adopt the same
        // set at once: each tries in a transaction of its own, and the one that loses the insert race
        // reads what the other wrote instead of failing its caller.
        try {
            adoption.adoptAlone(titleId, slug);
        } catch (EJBException | PersistenceException simultaneous) {
            LOG.fine(() -> "media set " + slug + " adopted by a simultaneous request: " + simultaneous);
        }
        return media.titleMediaAsStored(titleId).orElseThrow();
    }

    /** The adoption's writes, in the caller's transaction ({@link MediaAdoption} gives it one of its own). */
    TitleMedia adoptHere(long titleId, String slug) {
        TitleMedia record = media.titleMedia(titleId).orElseGet(() -> {
            TitleMedia created = new TitleMedia(titleId);
            media.add(created);
            return created;
        });
        if (record.isPackaged() || !hasSet(slug)) {
            return record;
        }
        FileStore store = stores.media();
        Optional<String> master = read(store, slug + "/master.m3u8");
        Optional<String> v0 = read(store, slug + "/v0/index.m3u8");
        if (master.isEmpty() || v0.isEmpty()) {
            return record;
        }
        List<String> streamInf = master.get().lines().filter(l -> l.startsWith("#EXT-X-STREAM-INF:"))
                .map(l -> l.replace(",SUBTITLES=\"" + Playlists.GROUP + "\"", "")).toList();
        double seconds = v0.get().lines().filter(l -> l.startsWith("#EXTINF:"))
                .mapToDouble(l -> Double.parseDouble(l.substring(8, l.indexOf(',') < 0 ? l.length() : l.indexOf(',')))).sum();
        Long mpegtsStart = null;
        for (String line : master.get().lines().toList()) {
            Matcher m = MEDIA.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String file = m.group(2);
            TrackKind kind = file.endsWith("_captions") ? TrackKind.CAPTIONS
                    : file.endsWith("_descriptions") ? TrackKind.DESCRIPTIONS : TrackKind.SUBTITLES;
            Optional<String> vtt = read(store, slug + "/subs/" + file + ".vtt");
            if (vtt.isEmpty() || media.track(titleId, m.group(1), kind).isPresent()) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String l : vtt.get().lines().toList()) {
                Matcher map = MAP.matcher(l);
                if (map.matches()) {
                    mpegtsStart = Long.parseLong(map.group(1));
                } else {
                    kept.add(l);
                }
            }
            try {
                media.add(new SubtitleTrack(titleId, m.group(1), kind, WebVtt.check(String.join("\n", kept) + "\n"),
                        "adopted from the media folder", clock.instant()));
            } catch (SubtitleRejectedException notValid) {
                // A track the portal would refuse is left out rather than adopted broken.
            }
        }
        if (!streamInf.isEmpty() && seconds > 0) {
            record.packaged(Math.round(seconds * 1000), mpegtsStart, streamInf, clock.instant());
        }
        if (record.chapters().isEmpty()) {
            read(store, slug + "/chapters.vtt").ifPresent(vtt -> {
                List<Chapters.Draft> drafts = new ArrayList<>();
                List<String> lines = vtt.lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    Matcher cue = CUE.matcher(lines.get(i));
                    if (cue.matches() && i + 1 < lines.size()) {
                        drafts.add(new Chapters.Draft(cue.group(1), lines.get(i + 1)));
                    }
                }
                Chapters.Result result = Chapters.check(drafts, null);
                if (result.chapters() != null) {
                    record.replaceChapters(result.chapters());
                }
            });
        }
        return record;
    }

    private static void put(FileStore store, String key, String text) throws IOException {
        store.put(key, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<String> read(FileStore store, String key) {
        try {
            Optional<InputStream> in = store.open(key);
            if (in.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream stream = in.get()) {
                return Optional.of(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
