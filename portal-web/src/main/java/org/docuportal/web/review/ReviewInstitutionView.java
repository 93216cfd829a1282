package org.docuportal.web.review;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.institution.application.InstitutionView;
import org.docuportal.institution.application.ReviewService;
import org.docuportal.institution.domain.Institution;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;
import org.docuportal.web.institution.NetworkLists;

/** One institution under review: its details, the evidence, the trail, and the decision form. */
@Named
@ViewScoped
public class ReviewInstitutionView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key under which the outcome of a network-change decision is shown, above its (then hidden) section. */
    private static final String NETWORK_OUTCOME = "networkOutcomeAnchor";

    @Inject
    private ReviewService reviews;

    private long id;
    private InstitutionView institution;
    private Institution.Decision decision;
    private String reason;
    private String networkReason;

    @Inject
    private Messages messages;

    public void load() throws IOException {
        if (institution != null) {
            return;
        }
        try {
            institution = reviews.institution(id);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void decide() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            institution = reviews.decide(id, decision, reason);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Decision recorded: " + institution.name() + " is now " + statusLabel() + ".", null));
            decision = null;
            reason = null;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage("decisionForm:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            faces.validationFailed();
        } catch (ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    public String statusLabel() {
        return institution.status().name().toLowerCase().replace('_', ' ');
    }

    public String getCountryName() {
        return CountryNames.of(institution.country());
    }

    /** Approves (true) or declines (false) the proposed email domains and IP ranges. */
    public void decideNetworkChange(boolean approve) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            institution = reviews.decideNetworkChange(id, approve, networkReason);
            faces.addMessage(NETWORK_OUTCOME, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get(approve ? "review.networkApproved" : "review.networkDeclined"), null));
            networkReason = null;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage("networkForm:networkReason",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
            faces.validationFailed();
        } catch (ConflictException e) {
            faces.addMessage(NETWORK_OUTCOME, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        }
    }

    /** "in force → proposed" for one of the institution's lists. */
    public String change(Set<String> inForce, Set<String> proposed) {
        return NetworkLists.change(inForce, proposed, messages.get("review.unchanged"));
    }

    public String getNetworkReason() {
        return networkReason;
    }

    public void setNetworkReason(String networkReason) {
        this.networkReason = networkReason;
    }

    /** The decisions that make sense from the institution's current status. */
    public List<Institution.Decision> getDecisions() {
        return List.of(Institution.Decision.values()).stream()
                .filter(d -> d.allowedFrom().contains(institution.status()))
                .toList();
    }

    public InstitutionView getInstitution() {
        return institution;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Institution.Decision getDecision() {
        return decision;
    }

    public void setDecision(Institution.Decision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
