package org.docuportal.web.institution;

import java.io.Serializable;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.institution.application.InstitutionSettingsService;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.Messages;

/** The settings box of the members page: purchase approval and campus-only streaming. */
@Named
@ViewScoped
public class InstitutionSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InstitutionSettingsService settings;

    @Inject
    private Messages messages;

    private boolean purchaseApprovalRequired;
    private boolean streamOnCampusOnly;
    private Set<String> ipRanges;

    @PostConstruct
    void load() {
        var current = settings.current();
        purchaseApprovalRequired = current.purchaseApprovalRequired();
        streamOnCampusOnly = current.streamOnCampusOnly();
        ipRanges = current.ipRanges();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            settings.change(purchaseApprovalRequired, streamOnCampusOnly);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("settings.saved"), null));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage("settings:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            faces.validationFailed();
        }
        load();
    }

    public boolean isPurchaseApprovalRequired() {
        return purchaseApprovalRequired;
    }

    public void setPurchaseApprovalRequired(boolean purchaseApprovalRequired) {
        this.purchaseApprovalRequired = purchaseApprovalRequired;
    }

    public boolean isStreamOnCampusOnly() {
        return streamOnCampusOnly;
    }

    public void setStreamOnCampusOnly(boolean streamOnCampusOnly) {
        this.streamOnCampusOnly = streamOnCampusOnly;
    }

    /** The institution's IP ranges, shown beside the campus-only option, comma-separated. */
    public String getIpRanges() {
        return ipRanges.isEmpty() ? "—" : String.join(", ", ipRanges.stream().sorted().toList());
    }
}
