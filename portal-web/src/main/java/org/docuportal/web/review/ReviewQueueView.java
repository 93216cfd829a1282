package org.docuportal.web.review;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.institution.application.InstitutionView;
import org.docuportal.institution.application.ReviewService;
import org.docuportal.institution.domain.InstitutionStatus;

/** The reviewers' queue: institutions with one status, oldest first. */
@Named
@RequestScoped
public class ReviewQueueView {

    @Inject
    private ReviewService reviews;

    private String status;
    private List<InstitutionView> institutions;

    public void load() {
        institutions = reviews.withStatus(getSelectedStatus());
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
