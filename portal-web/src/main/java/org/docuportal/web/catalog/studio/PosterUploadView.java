package org.docuportal.web.catalog.studio;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.docuportal.catalog.application.PosterTooLargeException;
import org.docuportal.catalog.application.TitleStudio;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.Messages;

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

    private Part file;

    public String upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            FieldMessages.error(messages.get("studio.poster.choose"));
            return null;
        }
        if (file.getSize() > studio.maxPosterBytes()) {
            FieldMessages.error(new PosterTooLargeException(studio.maxPosterBytes()).getMessage());
            return null;
        }
        try {
            byte[] image;
            try (InputStream in = file.getInputStream()) {
                image = in.readAllBytes();
            }
            page.refresh(studio.uploadPoster(page.getSlug(), image, file.getContentType()));
            FieldMessages.info(messages.get("studio.poster.saved"));
            return "/admin/title?faces-redirect=true&slug=" + page.getSlug();
        } catch (InvalidInputException e) {
            FieldMessages.error(e.violations().get(0).message());
        } catch (PosterTooLargeException e) {
            FieldMessages.error(e.getMessage());
        }
        return null;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
