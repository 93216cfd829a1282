package org.docuportal.web.licensing;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.licensing.application.PurchaseService;
import org.docuportal.licensing.application.PurchaseView;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.account.CurrentUser;

/**
 * A member's purchases (see {@link PurchaseService} for whose): the newest page of quotes with
 * their orders and licenses, each with its next step and the link that acts on it.
 */
@Named
@RequestScoped
public class PurchasesPageView {

    @Inject
    private PurchaseService purchases;

    @Inject
    private CurrentUser currentUser;

    private PurchaseView.Page page;
    private boolean member = true;

    @PostConstruct
    void load() {
        page = new PurchaseView.Page(List.of(), 0, PurchaseService.MAX_PAGE_SIZE, 0);
        // Staff of the distributor are signed in too, but have no institution: the page says so rather than failing.
        member = currentUser.isMember();
        if (member) {
            try {
                page = purchases.purchases(null, 0, PurchaseService.MAX_PAGE_SIZE);
            } catch (NotFoundException e) {
                member = false;
            }
        }
    }

    public List<PurchaseView> getPurchases() {
        return page.items();
    }

    /** Whether there are more purchases than the page shows. */
    public boolean isTruncated() {
        return page.totalItems() > page.items().size();
    }

    public long getTotal() {
        return page.totalItems();
    }

    public boolean isMember() {
        return member;
    }
}
