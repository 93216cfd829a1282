package org.docuportal.web.catalog.studio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.TitleDetails;
import org.docuportal.catalog.application.TitleStudio;
import org.docuportal.catalog.domain.TitlePublication;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.web.Messages;

/** The Publish and Withdraw buttons of a title's details page (each asks for confirmation first). */
@Named
@RequestScoped
public class TitlePublicationView {

    @Inject
    private TitleStudio studio;

    @Inject
    private TitleEditView page;

    @Inject
    private Messages messages;

    public String publish() {
        return move(TitlePublication.PUBLISHED, "studio.published");
    }

    public String withdraw() {
        return move(TitlePublication.WITHDRAWN, "studio.withdrawn");
    }

    private String move(TitlePublication next, String doneKey) {
        try {
            TitleDetails changed = studio.changePublication(page.getSlug(), next.name());
            page.refresh(changed);
            FieldMessages.info(messages.get(doneKey, changed.title()));
            return "/admin/title?faces-redirect=true&slug=" + changed.slug();
        } catch (ConflictException e) {
            FieldMessages.error(e.getMessage());
            return null;
        }
    }

    public boolean isPublishable() {
        return page.isFound() && page.getTitle().publication() != TitlePublication.PUBLISHED;
    }

    public boolean isWithdrawable() {
        return page.isFound() && page.getTitle().publication() == TitlePublication.PUBLISHED;
    }
}
