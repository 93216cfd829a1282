package org.docuportal.web.curriculum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.curriculum.application.GuideDiff;
import org.docuportal.curriculum.application.GuideStudio;
import org.docuportal.curriculum.application.GuideVersionView;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * The editor's history part: the guide's published versions, and the changes between two of them or
 * between a version and the draft. The versions are read once per view and again after a save or a
 * publication ({@link #refresh()}).
 */
@Named
@ViewScoped
public class GuideHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DRAFT = "draft";
    private static final String FORM = "compare";

    @Inject
    private GuideStudio studio;

    @Inject
    private GuideEditorView editor;

    @Inject
    private Messages messages;

    private List<GuideVersionView> versions;
    private String from;
    private String to;
    private GuideDiff diff;
    private List<DiffRows.Row> rows = List.of();

    public List<GuideVersionView> getVersions() {
        if (versions == null) {
            versions = editor.isStored()
                    ? studio.versions(editor.getTitle(), editor.getAudience(), editor.getLanguage()) : List.of();
            if (editor.isHasDraft()) {
                from = versions.isEmpty() ? null : String.valueOf(versions.get(0).number());
                to = DRAFT;
            } else if (versions.size() > 1) {
                from = String.valueOf(versions.get(1).number());
                to = String.valueOf(versions.get(0).number());
            }
        }
        return versions;
    }

    /** What may be compared: each version by number, and the draft if there is one. */
    public List<String> getChoices() {
        List<String> choices = new ArrayList<>();
        getVersions().forEach(v -> choices.add(String.valueOf(v.number())));
        if (editor.isHasDraft()) {
            choices.add(DRAFT);
        }
        return choices;
    }

    /** Whether there are two texts to compare. */
    public boolean isComparable() {
        return getChoices().size() > 1;
    }

    public void compare() {
        try {
            diff = studio.diff(editor.getTitle(), editor.getAudience(), editor.getLanguage(), from, to);
            rows = DiffRows.of(diff);
        } catch (InvalidInputException e) {
            GuideMessages.show(e, FORM);
        } catch (NotFoundException e) {
            GuideMessages.error(FORM, e.getMessage());
        }
    }

    /** A choice as people read it: "Version 3" or "Draft". */
    public String label(String choice) {
        return DRAFT.equals(choice) ? messages.get("guides.history.draft") : messages.get("guides.history.version", choice);
    }

    void refresh() {
        versions = null;
        diff = null;
        rows = List.of();
    }

    public GuideDiff getDiff() { return diff; }
    public List<DiffRows.Row> getRows() { return rows; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
