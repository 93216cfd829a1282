package org.docuportal.institution.application;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Membership;
import org.docuportal.institution.domain.SupportingDocument;
import org.docuportal.shared.application.DocumentContent;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * Supporting documents: an institution's administrators upload them for the reviewers, and
 * only those administrators and the distributor's reviewers can read them.
 */
@Stateless
public class DocumentService {

    @Inject
    private AuditTrail audit;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private CallerMembership caller;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    public DocumentView upload(String fileName, byte[] content) {
        Membership admin = caller.requireAdministrator();
        SupportingDocument document;
        try {
            document = new SupportingDocument(admin.institution(), fileName, content, admin.account().email(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("file", "The document was not accepted: " + e.getMessage() + ".");
        }
        institutions.add(document);
        DocumentView view = DocumentView.of(document);
        audit.record(AuditAction.DOCUMENT_UPLOADED, AuditSubject.of(view.id(), view.fileName()).within(admin.institution().id()), null,
                Snapshot.of().with("fileName", view.fileName()).with("bytes", content.length));
        return view;
    }

    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    public List<DocumentView> mine() {
        return institutions.documentsOf(caller.requireAdministrator().institution()).stream().map(DocumentView::of).toList();
    }

    /** A document of the institution, for its own administrators and for reviewers; others learn nothing. */
    @RolesAllowed({Role.Names.INSTITUTION_ADMIN, Role.Names.REVIEWER, Role.Names.PLATFORM_ADMIN})
    public DocumentContent download(long institutionId, long documentId) {
        boolean reviewer = session.isCallerInRole(Role.Names.REVIEWER) || session.isCallerInRole(Role.Names.PLATFORM_ADMIN);
        boolean ownAdmin = caller.find().filter(Membership::isActive)
                .map(m -> m.institution().id() == institutionId && m.role() == Role.INSTITUTION_ADMIN).orElse(false);
        SupportingDocument document = institutions.document(documentId)
                .filter(d -> d.institution().id() == institutionId)
                .filter(d -> reviewer || ownAdmin)
                .orElseThrow(() -> new NotFoundException("There is no such document."));
        return new DocumentContent(document.fileName(), document.contentType(), document.content());
    }

    static List<DocumentView> of(InstitutionRepository institutions, Institution institution) {
        return institutions.documentsOf(institution).stream().map(DocumentView::of).toList();
    }
}
