package org.docuportal.web.review;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.institution.application.InstitutionView;
import org.docuportal.institution.application.ReviewService;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.web.Messages;
import org.docuportal.web.institution.NetworkLists;

/** The reviewers' queue: institutions with one status, oldest first. */
@Named
@RequestScoped
public class ReviewQueueView {

    @Inject
    private ReviewService reviews;

    @Inject
    private Messages messages;

    private String status;
    private List<InstitutionView> institutions;
    private List<InstitutionView> networkChanges;

    public void load() {
        institutions = reviews.withStatus(getSelectedStatus());
        networkChanges = reviews.withNetworkChangeWaiting();
    }

    /** Institutions whose administrators proposed new email domains or IP ranges, shown above every tab. */
    public List<InstitutionView> getNetworkChanges() {
        return networkChanges;
    }

    /** The country's name in the page's language, from the JDK's locale data. */
    public String countryName(String code) {
        return CountryNames.of(code);
    }

    /** "in force → proposed" for one of the institution's lists. */
    public String change(Set<String> inForce, Set<String> proposed) {
        return NetworkLists.change(inForce, proposed, messages.get("review.unchanged"));
    }

    public InstitutionStatus getSelectedStatus() {
        return Arrays.stream(InstitutionStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(InstitutionStatus.PENDING);
    }

    public List<InstitutionStatus> getStatuses() {
        return List.of(InstitutionStatus.values());
    }

    public List<InstitutionView> getInstitutions() {
        return institutions;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
