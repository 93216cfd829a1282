package org.docuportal.web.licensing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.licensing.application.PurchaseService;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.account.CurrentUser;

/**
 * The number of quotes waiting for the signed-in administrator's approval, for the navigation's
 * "Approvals (2)": counted once per request, on first use (the layout reads it several times, and
 * only for administrators), and counted again after a decision in the same request.
 */
@Named
@RequestScoped
public class ApprovalCount {

    @Inject
    private PurchaseService purchases;

    @Inject
    private CurrentUser currentUser;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = currentUser.isInstitutionAdmin() ? awaiting() : 0;
        }
        return count;
    }

    /** Forgets the count, so that the page rendered after a decision shows the new one. */
    public void refresh() {
        count = null;
    }

    private long awaiting() {
        try {
            return purchases.awaitingApproval();
        } catch (NotFoundException e) {
            // An administrator whose membership is not active (yet): nothing of the institution's to approve.
            return 0;
        }
    }
}
