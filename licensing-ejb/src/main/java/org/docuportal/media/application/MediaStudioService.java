package org.docuportal.media.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.catalog.domain.LanguageTags;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.media.domain.Chapters;
import org.docuportal.media.domain.MediaJob;
import org.docuportal.media.domain.MediaRepository;
import org.docuportal.media.domain.SubtitleTrack;
import org.docuportal.media.domain.Timecode;
import org.docuportal.media.domain.TitleMedia;
import org.docuportal.media.domain.TrackKind;
import org.docuportal.media.domain.WebVtt;
import org.docuportal.media.infrastructure.Ffmpeg;
import org.docuportal.media.infrastructure.UploadFolder;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The media studio for platform administrators: upload a title's master video (packaged in the
 * background by {@link PackagingWorker}), follow the job, and manage the title's subtitle tracks
 * and chapters, which are kept in the database and written into the set at once when it exists.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class MediaStudioService {

    /** Language tags that are safe as file names: {@code en}, {@code ko}, {@code pt-BR}, {@code zh-Hant}. */
    private static final Pattern FILE_SAFE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    @Inject
    private AuditTrail audit;

    @Inject
    private TitleRepository titles;

    @Inject
    private MediaRepository media;

    @Inject
    private MediaJobs jobs;

    @Inject
    private MediaSetFiles files;

    @Inject
    private PackagingWorker worker;

    @Inject
    private UploadFolder uploads;

    @Inject
    private Ffmpeg ffmpeg;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * Receives a master video and queues its packaging. The body streams into the upload folder
     * outside any transaction; an upload over the limit or cut off is deleted and refused.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MediaJobView submit(String slug, InputStream body) {
        long titleId = jobs.titleReadyForUpload(slug);
        ffmpeg.missing().ifPresent(problem -> {
            throw new ConflictException(problem);
        });
        UploadFolder.Received received;
        try {
            received = uploads.receive(body);
        } catch (UploadFolder.TooLargeException e) {
            throw new UploadTooLargeException(uploads.maxBytes());
        } catch (IOException e) {
            throw InvalidInputException.of("body", "The upload broke off before the end (" + e.getMessage()
                    + "); nothing was kept. Upload the video again.");
        }
        if (received.bytes() == 0) {
            deleteQuietly(received.name());
            throw InvalidInputException.of("body", "The upload is empty.");
        }
        MediaJob job;
        try {
            job = jobs.queue(titleId, slug, received.name(), received.bytes(), session.getCallerPrincipal().getName());
        } catch (RuntimeException e) {
            deleteQuietly(received.name());
            throw e;
        }
        worker.wake();
        return MediaJobView.of(job, slug);
    }

    public MediaJobView job(String slug, long id) {
        Title title = title(slug);
        MediaJob job = media.job(id).filter(j -> j.titleId() == title.id())
                .orElseThrow(() -> new NotFoundException("No packaging job " + id + " for " + slug + "."));
        return MediaJobView.of(job, slug);
    }

    public MediaOverview overview(String slug) {
        Title title = title(slug);
        TitleMedia record = files.adopt(title.id(), slug);
        MediaJobView latest = media.latestJobOf(title.id()).map(j -> MediaJobView.of(j, slug)).orElse(null);
        return new MediaOverview(slug, title.title(), ffmpeg.missing().orElse(null), latest,
                record.isPackaged() ? record.durationMillis() : null, title.runtimeMinutes(), files.hasSet(slug),
                uploads.maxBytes(), tracks(title.id()), chapterViews(record.chapters()));
    }

    public List<TrackView> subtitles(String slug) {
        return tracks(title(slug).id());
    }

    /**
     * Stores a text track, replacing the one of the same language and kind: WebVTT as it is
     * (checked), SRT converted to WebVTT. Problems are reported with their line numbers.
     */
    public TrackView putSubtitles(String slug, String language, String kindName, String text, boolean srt) {
        Title title = title(slug);
        String tag = language(language);
        TrackKind kind = kind(kindName);
        String vtt = srt ? WebVtt.fromSrt(text) : WebVtt.check(text);
        TitleMedia record = files.adopt(title.id(), slug);
        String by = session.getCallerPrincipal().getName();
        SubtitleTrack track = media.track(title.id(), tag, kind).orElse(null);
        Snapshot before = track == null ? null : trackSnapshot(track);
        if (track == null) {
            track = new SubtitleTrack(title.id(), tag, kind, vtt, by, clock.instant());
            media.add(track);
        } else {
            track.replace(vtt, by, clock.instant());
        }
        files.publishText(slug, record, media.tracksOf(title.id()), null);
        audit.record(AuditAction.SUBTITLES_SAVED, AuditSubject.of(slug, title.title() + " · " + tag + " " + kind), before,
                trackSnapshot(track));
        return TrackView.of(track);
    }

    public void deleteSubtitles(String slug, String language, String kindName) {
        Title title = title(slug);
        String tag = language(language);
        TrackKind kind = kind(kindName);
        TitleMedia record = files.adopt(title.id(), slug);
        SubtitleTrack track = media.track(title.id(), tag, kind)
                .orElseThrow(() -> new NotFoundException("No " + kind.name().toLowerCase() + " in " + tag + " for " + slug + "."));
        media.remove(track);
        audit.record(AuditAction.SUBTITLES_DELETED, AuditSubject.of(slug, title.title() + " · " + tag + " " + kind),
                trackSnapshot(track), null);
        List<SubtitleTrack> rest = media.tracksOf(title.id()).stream().filter(t -> t != track).toList();
        files.publishText(slug, record, rest, track.fileName());
    }

    public List<ChapterView> chapters(String slug) {
        Title title = title(slug);
        return chapterViews(files.adopt(title.id(), slug).chapters());
    }

    /**
     * Replaces the chapters, checked against the film's length: the packaged video's when there is
     * one, else the title's runtime.
     */
    public List<ChapterView> putChapters(String slug, List<Chapters.Draft> drafts) {
        Title title = title(slug);
        TitleMedia record = files.adopt(title.id(), slug);
        Long length = record.isPackaged() ? record.durationMillis()
                : title.runtimeMinutes() == null ? null : title.runtimeMinutes() * 60_000L;
        if (length == null && drafts != null && !drafts.isEmpty()) {
            throw InvalidInputException.of("chapters", "The film's length is not known yet: upload its video or set its"
                    + " runtime first, so that chapters can be checked against it.");
        }
        Chapters.Result result = Chapters.check(drafts, length);
        if (!result.problems().isEmpty()) {
            throw new InvalidInputException("The chapters have " + result.problems().size() + " problem(s); nothing was saved.",
                    result.problems().stream().map(p -> new InvalidInputException.Violation(p.field(), p.message())).toList());
        }
        Snapshot before = Snapshot.of().with("chapters", chapterViews(record.chapters()).stream().map(MediaStudioService::line).toList());
        record.replaceChapters(result.chapters());
        audit.record(AuditAction.CHAPTERS_SAVED, AuditSubject.of(slug, title.title()), before,
                Snapshot.of().with("chapters", chapterViews(result.chapters()).stream().map(MediaStudioService::line).toList()));
        files.publishChapters(slug, record);
        return chapterViews(result.chapters());
    }

    private Title title(String slug) {
        return titles.findBySlug(slug).orElseThrow(() -> new NotFoundException("No title " + slug + "."));
    }

    private List<TrackView> tracks(long titleId) {
        return media.tracksOf(titleId).stream().map(TrackView::of).toList();
    }

    private static String line(ChapterView chapter) {
        return chapter.start() + " " + chapter.name();
    }

    /** A track's language, kind and size; the cues themselves stay in the media set. */
    private static Snapshot trackSnapshot(SubtitleTrack track) {
        return Snapshot.of().with("language", track.language()).with("kind", track.kind())
                .with("cueCharacters", track.cues().length()).with("updatedAt", track.updatedAt());
    }

    private static List<ChapterView> chapterViews(Chapters chapters) {
        return chapters.list().stream().map(c -> new ChapterView(Timecode.human(c.startMillis()), c.name())).toList();
    }

    private static String language(String language) {
        String message = "language must be a language tag such as en, ko, ja or pt-BR";
        if (language == null || !FILE_SAFE_TAG.matcher(language).matches()) {
            throw InvalidInputException.of("language", message);
        }
        try {
            String tag = LanguageTags.normalize(language);
            if (!FILE_SAFE_TAG.matcher(tag).matches()) {
                throw InvalidInputException.of("language", message);
            }
            return tag;
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("language", message);
        }
    }

    private static TrackKind kind(String kind) {
        try {
            return TrackKind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", e.getMessage());
        }
    }

    private void deleteQuietly(String uploadName) {
        try {
            uploads.delete(uploadName);
        } catch (IOException e) {
            // The upload folder is private; a stray file there is served to no one.
        }
    }
}
