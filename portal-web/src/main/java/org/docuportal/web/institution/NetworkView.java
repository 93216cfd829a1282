package org.docuportal.web.institution;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.institution.application.InstitutionSettingsService;
import org.docuportal.institution.application.InstitutionSettingsService.Settings;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.Messages;

/**
 * The "email domains and IP ranges" box of the members page. Values are typed one per line; a
 * change that widens who belongs waits for the reviewers, and the box says so and shows both lists.
 */
@Named
@ViewScoped
public class NetworkView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of this box's own summary messages, so that they show in the box and not in the page's other forms. */
    private static final String SUMMARY = "network:networkSummary";

    @Inject
    private InstitutionSettingsService settings;

    @Inject
    private Messages messages;

    private Settings current;
    private String emailDomains;
    private String ipRanges;

    @PostConstruct
    void load() {
        current = settings.current();
        emailDomains = lines(current.changeWaiting() ? current.proposedEmailDomains() : current.emailDomains());
        ipRanges = lines(current.changeWaiting() ? current.proposedIpRanges() : current.ipRanges());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            current = settings.changeNetwork(values(emailDomains), values(ipRanges));
            faces.addMessage(SUMMARY, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get(current.changeWaiting() ? "network.waiting" : "network.saved"), null));
            load();
        } catch (InvalidInputException e) {
            faces.addMessage(SUMMARY, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            e.violations().forEach(v -> faces.addMessage("network:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            faces.validationFailed();
        }
    }

    /** Typed one per line, or separated by commas or spaces, as on the registration form. */
    private static Set<String> values(String text) {
        Set<String> values = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).forEach(values::add);
        }
        return values;
    }

    private static String lines(Set<String> values) {
        return String.join("\n", values.stream().sorted().toList());
    }

    public boolean isChangeWaiting() {
        return current.changeWaiting();
    }

    public String getDomainChange() {
        return NetworkLists.change(current.emailDomains(), current.proposedEmailDomains(), messages.get("review.unchanged"));
    }

    public String getRangeChange() {
        return NetworkLists.change(current.ipRanges(), current.proposedIpRanges(), messages.get("review.unchanged"));
    }

    public String getEmailDomains() {
        return emailDomains;
    }

    public void setEmailDomains(String emailDomains) {
        this.emailDomains = emailDomains;
    }

    public String getIpRanges() {
        return ipRanges;
    }

    public void setIpRanges(String ipRanges) {
        this.ipRanges = ipRanges;
    }
}
