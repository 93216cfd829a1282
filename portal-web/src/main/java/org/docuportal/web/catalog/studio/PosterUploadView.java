package org.docuportal.web.catalog.studio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.PosterTooLargeException;
import org.docuportal.catalog.application.TitleStudio;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.Messages;
import org.primefaces.model.file.UploadedFile;

/** The poster part of a title's details page: upload an image, see the new poster. */
@Named
@RequestScoped
public class PosterUploadView {

    @Inject
    private TitleStudio studio;

    @Inject
    private TitleEditView page;

    @Inject
    private Messages messages;

    private UploadedFile file;

    public String upload() {
        if (file == null || file.getSize() == 0) {
            FieldMessages.error(messages.get("studio.poster.choose"));
            return null;
        }
        if (file.getSize() > studio.maxPosterBytes()) {
            FieldMessages.error(new PosterTooLargeException(studio.maxPosterBytes()).getMessage());
            return null;
        }
        try {
            page.refresh(studio.uploadPoster(page.getSlug(), file.getContent(), file.getContentType()));
            FieldMessages.info(messages.get("studio.poster.saved"));
            return "/admin/title?faces-redirect=true&slug=" + page.getSlug();
        } catch (InvalidInputException e) {
            FieldMessages.error(e.violations().get(0).message());
        } catch (PosterTooLargeException e) {
            FieldMessages.error(e.getMessage());
        }
        return null;
    }

    /** The largest file the page lets the browser send, in bytes. */
    public long getMaxBytes() {
        return studio.maxPosterBytes();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
