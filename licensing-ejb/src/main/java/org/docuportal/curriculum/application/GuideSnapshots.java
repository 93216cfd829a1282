package org.docuportal.curriculum.application;

import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.curriculum.domain.StudyGuideEdition;

/** A guide as the audit log names and records it: not its text (the versions keep that), but where it stands. */
final class GuideSnapshots {

    private GuideSnapshots() {
    }

    static AuditSubject subject(StudyGuideEdition guide) {
        return AuditSubject.of(guide.guideId().key(), guide.title().title() + " \u2014 " + guide.audience().name()
                + " (" + guide.language() + ")");
    }

    static Snapshot of(StudyGuideEdition guide) {
        return Snapshot.of()
                .with("latestVersion", guide.latestVersion().orElse(null))
                .with("draftFormat", guide.draftFormat().orElse(null))
                .with("draftCharacters", guide.draftSource().map(String::length).orElse(null))
                .with("draftSavedBy", guide.draftSavedBy().orElse(null));
    }
}
