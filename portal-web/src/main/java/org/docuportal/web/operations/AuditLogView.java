package org.docuportal.web.operations;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.audit.domain.AuditAction;
import org.docuportal.audit.domain.SubjectType;
import org.docuportal.operations.application.AuditLogPage;
import org.docuportal.operations.application.AuditLogService;
import org.docuportal.operations.application.AuditQuery;
import org.docuportal.shared.application.InvalidInputException;

/**
 * The audit log page: filters, newest first, a page at a time. The filters are read by the
 * application ({@link AuditQuery}), which names a bad one; the page keeps the last good listing.
 * Everything it holds is serializable, so that the view survives being moved to another server.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;

    @Inject
    private AuditLogService log;

    private String action;
    private String actor;
    private String subjectType;
    private String institution;
    private String from;
    private String to;
    private int page;
    private AuditLogPage listing;

    @PostConstruct
    void load() {
        show(0);
    }

    /** Applies the filters from the first page on. */
    public void filter() {
        show(0);
    }

    public void clear() {
        action = null;
        actor = null;
        subjectType = null;
        institution = null;
        from = null;
        to = null;
        show(0);
    }

    public void newer() {
        show(Math.max(0, page - 1));
    }

    public void older() {
        show(page + 1);
    }

    private void show(int wanted) {
        try {
            listing = log.page(new AuditQuery(action, actor, subjectType, institution, from, to), wanted, PAGE_SIZE);
            page = wanted;
        } catch (InvalidInputException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            e.violations().forEach(v -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            if (listing == null) {
                listing = log.page(AuditQuery.ALL, 0, PAGE_SIZE);
            }
        }
    }

    /**
     * A snapshot's field name for people: its own text where the bundle has one
     * ({@code audit.field.<name>}), else the name's words ("purchaseApprovalRequired" reads
     * "Purchase approval required"), so that a field added to a snapshot never shows blank.
     */
    public String fieldLabel(String field) {
        ResourceBundle bundle = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        if (bundle.containsKey("audit.field." + field)) {
            return bundle.getString("audit.field." + field);
        }
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public List<String> getActions() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).sorted().toList();
    }

    public List<String> getSubjectTypes() {
        return Arrays.stream(SubjectType.values()).map(Enum::name).sorted().toList();
    }

    public AuditLogPage getListing() {
        return listing;
    }

    public boolean isNewerAvailable() {
        return page > 0;
    }

    public boolean isOlderAvailable() {
        return page + 1 < listing.totalPages();
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
