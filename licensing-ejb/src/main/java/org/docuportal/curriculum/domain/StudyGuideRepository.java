package org.docuportal.curriculum.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.docuportal.curriculum.Audience;

/** The study guides written in the portal, their published versions and their attachments. */
public interface StudyGuideRepository {

    Optional<StudyGuideEdition> find(long titleId, Audience audience, String language);

    /** The guide with a write lock for the rest of the transaction, so that two publications follow one another. */
    Optional<StudyGuideEdition> findForUpdate(long titleId, Audience audience, String language);

    /** Every guide, by film title, audience and language. */
    List<StudyGuideEdition> all();

    /** A film's guides that have a published version, by audience and language. */
    List<StudyGuideEdition> publishedOf(long titleId);

    void add(StudyGuideEdition guide);

    void add(PublishedGuideVersion version);

    /** The guide's versions, newest first. */
    List<PublishedGuideVersion> versions(StudyGuideEdition guide);

    Optional<PublishedGuideVersion> version(StudyGuideEdition guide, int number);

    Optional<PublishedGuideVersion> version(long versionId);

    /**
     * Stores a version's rendered PDF unless one is stored already (the background render and a
     * first download may both render it; the first to finish wins, and both are the same document).
     */
    void storePdfIfMissing(long versionId, byte[] pdf, Instant now);

    List<GuideAttachment> attachments(StudyGuideEdition guide);

    Optional<GuideAttachment> attachment(StudyGuideEdition guide, String name);

    void add(GuideAttachment attachment);

    void remove(GuideAttachment attachment);
}
