package org.docuportal.curriculum.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.application.TitleLookup;
import org.docuportal.catalog.domain.Title;
import org.docuportal.curriculum.GuideId;
import org.docuportal.curriculum.GuideStamp;
import org.docuportal.curriculum.GuideStamper;
import org.docuportal.curriculum.StudyGuide;
import org.docuportal.curriculum.domain.GuideAccessRule;
import org.docuportal.curriculum.domain.GuideAttachment;
import org.docuportal.curriculum.domain.PublishedGuideVersion;
import org.docuportal.curriculum.domain.StudyGuideEdition;
import org.docuportal.curriculum.domain.StudyGuideRepository;
import org.docuportal.curriculum.domain.GuideDownload;
import org.docuportal.curriculum.domain.GuideDownloadRepository;
import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.shared.application.AccessRefusedException;
import org.docuportal.shared.application.DocumentContent;
import org.docuportal.shared.application.NotFoundException;

/**
 * Study guides for callers: what anyone may see of them, their text and stamped PDFs for members
 * of an institution whose license opens them ({@link GuideAccessRule}), and the record of each
 * download.
 *
 * <p>Readers always get a guide's latest published version ({@link GuideStudio} writes them). Guides
 * are found by their key, never by a path. The stamp and the download record are made in one
 * transaction: a copy that could not be recorded is never handed out.
 */
@Stateless
public class StudyGuideService {

    /** How many recent downloads an administrator's list shows; older ones stay on record for the reports. */
    static final int DOWNLOADS_SHOWN = 200;

    private static final GuideStamper STAMPER = new GuideStamper();

    /** How readers and the studio list a film's guides: audience in the enum's order, the first language first, then by language. */
    static final Comparator<StudyGuideEdition> READING_ORDER = Comparator.comparing(StudyGuideEdition::audience)
            .thenComparing(edition -> !GuideId.FIRST_LANGUAGE.equals(edition.language()))
            .thenComparing(StudyGuideEdition::language);

    /** Of several licenses that open a guide, the stamp names the one that runs longest. */
    private static final Comparator<License> LONGEST_RUNNING_FIRST =
            Comparator.comparing((License l) -> l.term().end()).reversed().thenComparing(License::id);

    @Inject
    private StudyGuideRepository guides;

    @Inject
    private PublishedGuides published;

    @Inject
    private GuidePdfRendering pdfs;

    @Inject
    private GuideDownloadRepository downloads;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private TitleLookup lookup;

    @Inject
    private CallerMembership caller;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    /** A title's guides with their summaries and contents, and whether the caller may download them. */
    @PermitAll
    public TitleGuides guidesOf(String titleSlug) {
        Title title = lookup.find(titleSlug)
                .orElseThrow(() -> new NotFoundException("No film has the address " + titleSlug + "."));
        return new TitleGuides(title.slug(), title.title(), decide(title, clock.instant()).access(),
                latestVersionsOf(title).stream().flatMap(v -> readable(v).stream()).map(GuideView::of).toList());
    }

    /** One guide for its web page: its text only if the caller may read it. */
    @PermitAll
    public GuidePage page(String guideKey) {
        PublishedGuideVersion version = latestVersion(guideKey);
        Title title = version.guide().title();
        GuideAccess access = decide(title, clock.instant()).access();
        Optional<String> html = access.granted() ? Optional.of(published.html(version)) : Optional.empty();
        return new GuidePage(GuideView.of(published.guide(version)), title.title(), access, html,
                access.granted() ? attachmentViews(version) : List.of());
    }

    /**
     * The guide's PDF stamped on every page for the caller's institution, the caller, today and the
     * license that opens it; the download is recorded.
     *
     * @throws NotFoundException if no guide has that key
     * @throws AccessRefusedException if no license of the caller's institution opens it
     */
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    public DocumentContent download(String guideKey) {
        Instant now = clock.instant();
        PublishedGuideVersion version = latestVersion(guideKey);
        Decision decision = decide(version.guide().title(), now);
        License license = decision.license().orElseThrow(() -> new AccessRefusedException(decision.access().explanation()));
        Membership member = decision.membership().orElseThrow();
        GuideStamp stamp = new GuideStamp(license.institution().name(), member.account().displayName() + " ("
                + member.account().email() + ")", LocalDate.ofInstant(now, clock.getZone()), license.reference());
        byte[] pdf = STAMPER.stamp(pdfs.pdfOf(version), stamp);
        GuideId id = version.guide().guideId();
        downloads.add(new GuideDownload(id.key(), id.audience().name(), version.number(), license, member.account().email(), now));
        return new DocumentContent(id.key() + ".pdf", "application/pdf", pdf);
    }

    /**
     * A file attached to a guide, for members who may read the guide.
     *
     * @throws NotFoundException if the guide or the file does not exist
     * @throws AccessRefusedException if no license of the caller's institution opens the guide
     */
    @RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
    public DocumentContent attachment(String guideKey, String name) {
        PublishedGuideVersion version = latestVersion(guideKey);
        Decision decision = decide(version.guide().title(), clock.instant());
        if (!decision.access().granted()) {
            throw new AccessRefusedException(decision.access().explanation());
        }
        GuideAttachment file = guides.attachment(version.guide(), name == null ? "" : name)
                .orElseThrow(() -> new NotFoundException("This guide has no attachment of that name."));
        return new DocumentContent(file.name(), file.contentType(), file.content());
    }

    /** The names of a guide's attachments, for members who may read it (empty for anyone else). */
    @PermitAll
    public List<GuideAttachmentView> attachmentsOf(String guideKey) {
        PublishedGuideVersion version = latestVersion(guideKey);
        if (!decide(version.guide().title(), clock.instant()).access().granted()) {
            return List.of();
        }
        return attachmentViews(version);
    }

    private List<GuideAttachmentView> attachmentViews(PublishedGuideVersion version) {
        return guides.attachments(version.guide()).stream().map(GuideAttachments::view).toList();
    }

    /** The latest downloads of guides by members of the caller's institution, newest first: who took which copy. */
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    public List<GuideDownloadView> downloadsOfMyInstitution() {
        Membership admin = caller.requireAdministrator();
        return downloads.downloadsOf(admin.institution().id(), DOWNLOADS_SHOWN).stream().map(GuideDownloadView::of).toList();
    }

    /** The latest published version of the guide a key names, on a film readers may see. */
    private PublishedGuideVersion latestVersion(String key) {
        Supplier<NotFoundException> none = () -> new NotFoundException("There is no study guide " + printable(key) + ".");
        GuideId id = GuideId.fromKey(key).orElseThrow(none);
        Title title = lookup.find(id.film()).orElseThrow(none);
        StudyGuideEdition edition = guides.find(title.id(), id.audience(), id.language()).orElseThrow(none);
        return edition.latestVersion().flatMap(n -> guides.version(edition, n)).orElseThrow(none);
    }

    /** A film's guides as readers see them: by audience in the enum's order, the first language first, then by language. */
    private List<PublishedGuideVersion> latestVersionsOf(Title title) {
        return guides.publishedOf(title.id()).stream()
                .sorted(READING_ORDER)
                .flatMap(edition -> guides.version(edition, edition.latestVersion().orElseThrow()).stream())
                .toList();
    }

    /** The version as a guide, or nothing if it no longer reads (logged): one broken guide must not hide the others. */
    private Optional<StudyGuide> readable(PublishedGuideVersion version) {
        try {
            return Optional.of(published.guide(version));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private Decision decide(Title title, Instant now) {
        String film = "\u201c" + title.title() + "\u201d";
        if (security.getCallerPrincipal() == null) {
            return Decision.refused("Sign in as a member of an institution that licenses " + film
                    + " to read and download its study guides.");
        }
        Optional<Membership> found = caller.find();
        if (found.isEmpty()) {
            return Decision.refused("Study guides are for members of institutions that license " + film
                    + "; your account belongs to no institution.");
        }
        Membership membership = found.get();
        Institution institution = membership.institution();
        if (!membership.isActive()) {
            return Decision.refused("Your membership of " + institution.name()
                    + " awaits its administrator's approval; the study guides open once it is approved.");
        }
        if (institution.status() == InstitutionStatus.SUSPENDED) {
            return Decision.refused(institution.name() + " is suspended; its study guides are closed until the distributor"
                    + " lifts the suspension.");
        }
        if (!institution.isVerified()) {
            return Decision.refused(institution.name() + " is not verified yet; study guides open to verified institutions"
                    + " that license the film.");
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return licensing.licensesOf(institution).stream()
                .filter(license -> license.title().id().equals(title.id()))
                .filter(license -> GuideAccessRule.opensGuidesOn(license, today))
                .min(LONGEST_RUNNING_FIRST)
                .map(license -> new Decision(new GuideAccess(true, "Open to members of " + institution.name()
                        + " under license " + license.reference() + " until " + license.term().end() + "."),
                        Optional.of(membership), Optional.of(license)))
                .orElseGet(() -> Decision.refused(institution.name() + " holds no active license of " + film
                        + ". Any license of the film opens its study guides."));
    }

    /** Keeps a hostile key from putting control characters or a wall of text into a message. */
    private static String printable(String key) {
        if (key == null) {
            return "(none)";
        }
        String shown = key.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 80 ? shown.substring(0, 80) + "\u2026" : shown;
    }

    private record Decision(GuideAccess access, Optional<Membership> membership, Optional<License> license) {

        static Decision refused(String explanation) {
            return new Decision(new GuideAccess(false, explanation), Optional.empty(), Optional.empty());
        }
    }
}
