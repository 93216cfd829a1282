package org.docuportal.web.catalog.studio;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.TitleDetails;
import org.docuportal.catalog.application.TitleForm;
import org.docuportal.catalog.application.TitleStudio;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.Messages;

/** The "New title" form of the studio's list: the few details a draft needs, then on to its page. */
@Named
@RequestScoped
public class NewTitleView {

    private static final Set<String> INPUTS = Set.of("slug", "title", "synopsis", "originalLanguage");

    @Inject
    private TitleStudio studio;

    @Inject
    private Messages messages;

    private String slug;
    private String title;
    private String synopsis;
    private String originalLanguage;

    /** Creates the draft and opens its page; on a refusal stays here with the messages. */
    public String create() {
        try {
            TitleDetails created = studio.create(new TitleForm(slug, title, null, List.of(), synopsis, null, null, null,
                    originalLanguage, List.of(), List.of(), List.of(), List.of(), null));
            FieldMessages.info(messages.get("studio.created", created.title()));
            return "/admin/title?faces-redirect=true&slug=" + created.slug();
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "newTitle", INPUTS);
        } catch (ConflictException e) {
            FacesContext.getCurrentInstance().addMessage("newTitle:slug",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        return null;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSynopsis() {
        return synopsis;
    }

    public void setSynopsis(String synopsis) {
        this.synopsis = synopsis;
    }

    public String getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(String originalLanguage) {
        this.originalLanguage = originalLanguage;
    }
}
