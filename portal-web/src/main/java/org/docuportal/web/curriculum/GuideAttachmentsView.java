package org.docuportal.web.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.docuportal.curriculum.application.GuideAttachmentView;
import org.docuportal.curriculum.application.GuideStudio;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/** The editor's attachments part: worksheets and images of the guide, uploading one and removing one. */
@Named
@ViewScoped
public class GuideAttachmentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "attach";

    @Inject
    private GuideStudio studio;

    @Inject
    private GuideEditorView editor;

    @Inject
    private Messages messages;

    private List<GuideAttachmentView> attachments;
    private transient Part file;

    public List<GuideAttachmentView> getAttachments() {
        if (attachments == null) {
            attachments = editor.isStored()
                    ? studio.attachments(editor.getTitle(), editor.getAudience(), editor.getLanguage()) : List.of();
        }
        return attachments;
    }

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            GuideMessages.error(FORM + ":file", messages.get("guides.attachments.choose"));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            GuideAttachmentView added = studio.attach(editor.getTitle(), editor.getAudience(), editor.getLanguage(),
                    file.getSubmittedFileName(), content);
            attachments = null;
            GuideMessages.info(FORM, messages.get("guides.attachments.added", added.name()));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> GuideMessages.error(FORM + ":file", v.message()));
        } catch (NotFoundException e) {
            GuideMessages.error(FORM, e.getMessage());
        }
    }

    public void remove(String name) {
        try {
            studio.removeAttachment(editor.getTitle(), editor.getAudience(), editor.getLanguage(), name);
            GuideMessages.info(FORM, messages.get("guides.attachments.removed", name));
        } catch (NotFoundException e) {
            GuideMessages.error(FORM, e.getMessage());
        }
        attachments = null;
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
