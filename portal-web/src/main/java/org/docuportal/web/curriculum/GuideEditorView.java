package org.docuportal.web.curriculum;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.curriculum.GuideProblem;
import org.docuportal.curriculum.application.GuideDraftView;
import org.docuportal.curriculum.application.GuidePreview;
import org.docuportal.curriculum.application.GuideRejectedException;
import org.docuportal.curriculum.application.GuideStudio;
import org.docuportal.curriculum.application.GuideVersionView;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * The guide editor: the source as typed, its preview and problems while typing, saving it as the
 * guide's draft and publishing the saved draft. The guide is named by the view parameters
 * {@code title}, {@code audience} and {@code language}; one that names no film or a bad audience or
 * language shows a not-found message with status 404.
 *
 * <p>Publishing takes the draft as saved, not the text in the box, so the page offers it only when the
 * text is the saved draft: an editor never publishes something other than what they see.
 */
@Named
@ViewScoped
public class GuideEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "editor";

    @Inject
    private GuideStudio studio;

    @Inject
    private Messages messages;

    @Inject
    private GuideHistoryView history;

    private String title;
    private String audience;
    private String language;
    private String format;

    private GuideDraftView guide;
    private String source;
    private String previewHtml;
    private List<GuideProblem> problems = List.of();

    public void load() {
        try {
            show(studio.open(title, audience, language, format));
            preview();
        } catch (InvalidInputException | NotFoundException e) {
            guide = null;
            GuideMessages.error(null, e instanceof InvalidInputException invalid
                    ? invalid.violations().get(0).message() : e.getMessage());
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void show(GuideDraftView opened) {
        guide = opened;
        format = opened.format();
        source = opened.source();
    }

    /** Renders the text as it is in the box; nothing is saved. */
    public void preview() {
        GuidePreview preview = studio.preview(title, audience, language, format, source);
        previewHtml = preview.html().orElse(null);
        problems = preview.problems();
    }

    public void save() {
        try {
            show(studio.saveDraft(title, audience, language, format, source));
            preview();
            history.refresh();
            GuideMessages.info(FORM, messages.get("guides.editor.saved"));
        } catch (GuideRejectedException e) {
            // The refused text has no preview; its problems are the ones the studio just gave.
            previewHtml = null;
            problems = e.problems();
            GuideMessages.error(FORM, e.getMessage());
        } catch (InvalidInputException e) {
            GuideMessages.show(e, FORM);
        }
    }

    public void publish() {
        if (!isPublishable()) {
            GuideMessages.error(FORM, getPublishExplanation());
            return;
        }
        try {
            GuideVersionView version = studio.publish(title, audience, language);
            show(studio.open(title, audience, language, format));
            preview();
            history.refresh();
            GuideMessages.info(FORM, messages.get("guides.editor.published", version.number()));
        } catch (ConflictException e) {
            GuideMessages.error(FORM, e.getMessage());
        }
    }

    public boolean isFound() {
        return guide != null;
    }

    /** Whether the guide exists: saved at least once (a template never saved has no versions or attachments yet). */
    public boolean isStored() {
        return guide != null && guide.origin() != GuideDraftView.Origin.TEMPLATE;
    }

    public boolean isHasDraft() {
        return guide != null && guide.origin() == GuideDraftView.Origin.DRAFT;
    }

    /** Whether the box holds text that is not saved: typed since the guide was opened or saved, or never saved at all. */
    public boolean isUnsaved() {
        return guide.origin() == GuideDraftView.Origin.TEMPLATE || !guide.source().equals(source);
    }

    public boolean isPublishable() {
        return guide != null && isHasDraft() && !isUnsaved();
    }

    /** Why Publish is or is not offered, in the editor's words. */
    public String getPublishExplanation() {
        if (isPublishable()) {
            return messages.get("guides.editor.publish.ready", latestVersion() + 1);
        }
        if (guide.origin() == GuideDraftView.Origin.TEMPLATE && !isHasDraft()) {
            return messages.get("guides.editor.publish.new");
        }
        if (isUnsaved()) {
            return messages.get("guides.editor.publish.unsaved");
        }
        return messages.get("guides.editor.publish.noDraft", latestVersion());
    }

    private int latestVersion() {
        return guide.latestVersion() == null ? 0 : guide.latestVersion();
    }

    public GuideDraftView getGuide() { return guide; }
    public String getPreviewHtml() { return previewHtml; }
    public List<GuideProblem> getProblems() { return problems; }
    public String getSource() { return source; }

    /** The text as typed; browsers send a text area's line breaks as CR LF, the studio's sources use LF. */
    public void setSource(String source) {
        this.source = source == null ? "" : source.replace("\r\n", "\n");
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
}
