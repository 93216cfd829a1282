package org.docuportal.web.curriculum;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.curriculum.application.GuideAttachmentView;
import org.docuportal.curriculum.application.GuidePage;
import org.docuportal.curriculum.application.StudyGuideService;
import org.docuportal.shared.application.NotFoundException;

/**
 * A study guide's page: its text for members whose institution's license opens it, its summary and
 * contents for everyone else.
 */
@Named
@RequestScoped
public class GuidePageView {

    @Inject
    private StudyGuideService guides;

    private String id;

    private GuidePage page;

    public void load() throws IOException {
        try {
            page = guides.page(id == null ? "" : id);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public GuidePage getPage() {
        return page;
    }

    /** The guide's worksheets and images, for a member who may read it; empty for anyone else. */
    public List<GuideAttachmentView> getAttachments() {
        return page == null ? List.of() : page.attachments();
    }

    /** The guide's text as rendered from its source, in which raw HTML was escaped: safe to write unescaped. */
    public String getHtml() {
        return page == null ? "" : page.html().orElse("");
    }
}
