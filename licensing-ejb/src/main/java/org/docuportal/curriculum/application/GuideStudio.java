package org.docuportal.curriculum.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.curriculum.CurriculumFormat;
import org.docuportal.curriculum.GuideProblem;
import org.docuportal.curriculum.MalformedGuideException;
import org.docuportal.curriculum.StudyGuide;
import org.docuportal.curriculum.domain.GuideAttachment;
import org.docuportal.curriculum.domain.PublishedGuideVersion;
import org.docuportal.curriculum.domain.StudyGuideEdition;
import org.docuportal.curriculum.domain.StudyGuideRepository;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The distributor's guide studio: platform administrators and curriculum editors write a film's
 * study guides for each audience and language, save drafts that the validator has checked, publish
 * them as numbered versions, compare versions and attach worksheets and images.
 *
 * <p>A guide is named by its film's address, its audience ({@code UNIVERSITY} or
 * {@code university}) and its language code ({@code en}); a bad one is refused with the field named.
 * Nothing reaches readers before it is published, and a published version never changes.
 */
@Stateless
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
public class GuideStudio {

    /** What {@link #diff} calls the draft. */
    public static final String DRAFT = "draft";

    @Inject
    private StudyGuideRepository guides;

    @Inject
    private TitleRepository titles;

    @Inject
    private CurriculumFormats formats;

    @Inject
    private FilmFit filmFit;

    @Inject
    private PublishedGuides published;

    @Inject
    private GuideAttachments attachmentRules;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<GuidePublished> publications;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    /** Every guide of every film, by film, then as readers see them (audience in its order, English first). */
    public List<GuideSummary> overview() {
        return guides.all().stream()
                .sorted(Comparator.comparing((StudyGuideEdition g) -> g.title().title()).thenComparing(StudyGuideService.READING_ORDER))
                .map(this::summary).toList();
    }

    /** The formats guides may be written in; the first is the default. */
    public List<FormatView> formats() {
        return formats.all().stream().map(f -> new FormatView(f.name(), f.label(), f.mediaType())).toList();
    }

    /**
     * What the editor opens for a guide: its draft, else its latest version, else a template made
     * from the film in {@code format} (the default format when null or blank).
     */
    public GuideDraftView open(String titleSlug, String audience, String language, String format) {
        GuideAddress address = GuideAddress.of(titleSlug, audience, language);
        Title title = title(address);
        Optional<StudyGuideEdition> guide = guides.find(title.id(), address.audience(), address.language());
        Optional<Integer> latest = guide.flatMap(StudyGuideEdition::latestVersion);
        if (guide.isPresent() && guide.get().hasDraft()) {
            StudyGuideEdition draft = guide.get();
            return view(title, address, draft.draftFormat().orElseThrow(), draft.draftSource().orElseThrow(),
                    GuideDraftView.Origin.DRAFT, draft.draftSavedAt(), draft.draftSavedBy(), latest);
        }
        if (latest.isPresent()) {
            PublishedGuideVersion version = guides.version(guide.get(), latest.get()).orElseThrow();
            return view(title, address, version.format(), version.source(), GuideDraftView.Origin.PUBLISHED,
                    Optional.empty(), Optional.empty(), latest);
        }
        CurriculumFormat chosen = format(format);
        return view(title, address, chosen.name(), chosen.template(filmFit.template(title, address.guideId())),
                GuideDraftView.Origin.TEMPLATE, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Checks a source and saves it as the guide's draft, creating the guide if it is new.
     *
     * @throws GuideRejectedException with every problem and its line; nothing is saved
     */
    public GuideDraftView saveDraft(String titleSlug, String audience, String language, String format, String source) {
        GuideAddress address = GuideAddress.of(titleSlug, audience, language);
        Title title = title(address);
        CurriculumFormat chosen = format(format);
        StudyGuide guide = check(title, address, chosen, source);
        StudyGuideEdition edition = guides.find(title.id(), address.audience(), address.language()).orElseGet(() -> {
            StudyGuideEdition created = new StudyGuideEdition(title, address.audience(), address.language());
            try {
                guides.addNow(created);
            } catch (PersistenceException e) {
                // Another editor's first save of the same guide committed in between (the unique key refused ours).
                throw new ConflictException("Someone else has just started this guide; open it again to see their draft.");
            }
            return created;
        });
        Snapshot before = GuideSnapshots.of(edition);
        edition.saveDraft(chosen.name(), source, caller(), clock.instant());
        audit.record(AuditAction.GUIDE_DRAFT_SAVED, GuideSnapshots.subject(edition), before, GuideSnapshots.of(edition)
                .with("guideTitle", guide.title()));
        return view(title, address, chosen.name(), source, GuideDraftView.Origin.DRAFT, edition.draftSavedAt(),
                edition.draftSavedBy(), edition.latestVersion());
    }

    /** The source as readers would see it, with its problems; nothing is saved. */
    public GuidePreview preview(String titleSlug, String audience, String language, String format, String source) {
        GuideAddress address = GuideAddress.of(titleSlug, audience, language);
        Title title = title(address);
        CurriculumFormat chosen = format(format);
        try {
            StudyGuide guide = check(title, address, chosen, source);
            return new GuidePreview(Optional.of(published.preview(guide, chosen)), filmFit.notes(title, guide));
        } catch (GuideRejectedException e) {
            return new GuidePreview(Optional.empty(), e.problems());
        }
    }

    /**
     * Publishes the draft as the next version: readers get it from now on, and its PDF is rendered
     * in the background.
     *
     * @throws ConflictException if the guide has no draft
     */
    public GuideVersionView publish(String titleSlug, String audience, String language) {
        GuideAddress address = GuideAddress.of(titleSlug, audience, language);
        Title title = title(address);
        StudyGuideEdition edition = guides.findForUpdate(title.id(), address.audience(), address.language())
                .filter(StudyGuideEdition::hasDraft)
                .orElseThrow(() -> new ConflictException("There is no saved draft of this guide to publish: save the draft first."));
        // The draft was checked when saved; the film may have changed since (a shorter cut), so check again.
        check(title, address, format(edition.draftFormat().orElseThrow()), edition.draftSource().orElseThrow());
        Snapshot before = GuideSnapshots.of(edition);
        PublishedGuideVersion version = edition.publish(caller(), clock.instant());
        guides.add(version);
        audit.record(AuditAction.GUIDE_PUBLISHED, GuideSnapshots.subject(edition), before, GuideSnapshots.of(edition));
        publications.fire(new GuidePublished(version.id()));
        return versionView(version, true);
    }

    /** The guide's published versions, newest first. */
    public List<GuideVersionView> versions(String titleSlug, String audience, String language) {
        StudyGuideEdition edition = existing(GuideAddress.of(titleSlug, audience, language));
        return guides.versions(edition).stream()
                .map(v -> versionView(v, edition.latestVersion().filter(n -> n == v.number()).isPresent())).toList();
    }

    /** The source of one published version. */
    public String source(String titleSlug, String audience, String language, int version) {
        StudyGuideEdition edition = existing(GuideAddress.of(titleSlug, audience, language));
        return guides.version(edition, version).map(PublishedGuideVersion::source)
                .orElseThrow(() -> new NotFoundException("This guide has no version " + version + "."));
    }

    /** The changes from one text of the guide to another: each a version number or {@code draft}. */
    public GuideDiff diff(String titleSlug, String audience, String language, String from, String to) {
        StudyGuideEdition edition = existing(GuideAddress.of(titleSlug, audience, language));
        return GuideDiffs.between(from, text(edition, from, "from"), to, text(edition, to, "to"));
    }

    /** Attaches a worksheet (PDF) or an image (PNG, JPEG) to the guide, replacing one of the same name. */
    public GuideAttachmentView attach(String titleSlug, String audience, String language, String fileName,
                                      byte[] content) {
        StudyGuideEdition edition = existing(GuideAddress.of(titleSlug, audience, language));
        GuideAttachments.Checked file = attachmentRules.check(fileName, content);
        Instant now = clock.instant();
        GuideAttachment attachment = guides.attachment(edition, file.name()).map(existing -> {
            existing.replace(file.contentType(), content, caller(), now);
            return existing;
        }).orElseGet(() -> {
            GuideAttachment added = new GuideAttachment(edition, file.name(), file.contentType(), content, caller(), now);
            guides.add(added);
            return added;
        });
        audit.record(AuditAction.GUIDE_ATTACHMENT_ADDED, GuideSnapshots.subject(edition), null,
                Snapshot.of().with("attachment", file.name()).with("contentType", file.contentType()).with("size", content.length));
        return GuideAttachments.view(attachment);
    }

    /** The guide's attachments, by name. */
    public List<GuideAttachmentView> attachments(String titleSlug, String audience, String language) {
        return guides.attachments(existing(GuideAddress.of(titleSlug, audience, language))).stream()
                .map(GuideAttachments::view).toList();
    }

    /** Removes an attachment; the versions already published that show it keep their rendered PDF. */
    public void removeAttachment(String titleSlug, String audience, String language, String name) {
        StudyGuideEdition edition = existing(GuideAddress.of(titleSlug, audience, language));
        GuideAttachment attachment = guides.attachment(edition, name)
                .orElseThrow(() -> new NotFoundException("This guide has no attachment of that name."));
        guides.remove(attachment);
        audit.record(AuditAction.GUIDE_ATTACHMENT_REMOVED, GuideSnapshots.subject(edition),
                Snapshot.of().with("attachment", attachment.name()), null);
    }

    /** Reads a source and checks it against the film; the problems of both, by line, if any. */
    private StudyGuide check(Title title, GuideAddress address, CurriculumFormat format, String source) {
        if (source == null || source.isBlank()) {
            throw InvalidInputException.of("source", "Write the guide: the text is empty.");
        }
        if (source.length() > StudyGuideEdition.MAX_SOURCE_CHARS) {
            throw InvalidInputException.of("source", "The text is longer than " + StudyGuideEdition.MAX_SOURCE_CHARS
                    + " characters; split the guide or move material into attachments.");
        }
        if (source.indexOf('\0') >= 0) {
            throw InvalidInputException.of("source", "The text contains a NUL character, which no guide may hold.");
        }
        StudyGuide guide;
        try {
            guide = format.read(address.guideId().path(), source, address.guideId());
        } catch (MalformedGuideException e) {
            throw new GuideRejectedException(e.problems());
        }
        List<GuideProblem> misfits = filmFit.errors(title, guide, address.guideId().path());
        if (!misfits.isEmpty()) {
            throw new GuideRejectedException(misfits);
        }
        return guide;
    }

    private String text(StudyGuideEdition edition, String which, String field) {
        if (which != null && which.strip().equalsIgnoreCase(DRAFT)) {
            return edition.draftSource().orElseThrow(() -> InvalidInputException.of(field, "This guide has no open draft."));
        }
        int number;
        try {
            number = Integer.parseInt(which == null ? "" : which.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "Give a version number or \u201cdraft\u201d.");
        }
        return guides.version(edition, number).map(PublishedGuideVersion::source)
                .orElseThrow(() -> InvalidInputException.of(field, "This guide has no version " + number + "."));
    }

    private CurriculumFormat format(String name) {
        if (name == null || name.isBlank()) {
            return formats.all().get(0);
        }
        return formats.named(name.strip()).orElseThrow(() -> InvalidInputException.of("format", "Choose one of "
                + String.join(", ", formats.all().stream().map(CurriculumFormat::name).toList()) + "."));
    }

    private Title title(GuideAddress address) {
        return titles.findBySlug(address.titleSlug())
                .orElseThrow(() -> new NotFoundException("No film has the address " + address.titleSlug() + "."));
    }

    private StudyGuideEdition existing(GuideAddress address) {
        Title title = title(address);
        return guides.find(title.id(), address.audience(), address.language())
                .orElseThrow(() -> new NotFoundException("This film has no such guide yet."));
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    private static GuideDraftView view(Title title, GuideAddress address, String format, String source,
                                       GuideDraftView.Origin origin, Optional<Instant> savedAt, Optional<String> savedBy,
                                       Optional<Integer> latest) {
        return new GuideDraftView(title.slug(), title.title(), address.audience().name(), address.language(), format, source,
                origin, savedAt.orElse(null), savedBy.orElse(null), latest.orElse(null));
    }

    private static GuideVersionView versionView(PublishedGuideVersion version, boolean latest) {
        return new GuideVersionView(version.number(), version.format(), version.publishedAt(), version.publishedBy(),
                version.isPdfReady(), latest);
    }

    private GuideSummary summary(StudyGuideEdition guide) {
        String format = guide.draftFormat().orElseGet(() -> guide.latestVersion().flatMap(n -> guides.version(guide, n))
                .map(PublishedGuideVersion::format).orElse(CurriculumFormats.DEFAULT));
        return new GuideSummary(guide.title().slug(), guide.title().title(), guide.audience().name(), guide.language(),
                format, guide.latestVersion().orElse(null), guide.draftSavedAt().orElse(null), guide.guideId().key());
    }
}
