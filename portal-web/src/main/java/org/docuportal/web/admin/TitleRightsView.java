package org.docuportal.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.licensing.application.RightsAdministration;
import org.docuportal.licensing.application.RightsChangeOutcome;
import org.docuportal.licensing.application.RightsForm;
import org.docuportal.licensing.application.RightsWindowView;
import org.docuportal.licensing.application.TitleRightsOverview;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * The rights page of one title: its windows, the licenses changes left outside the rights, the
 * history, a form to add a window, and a change form (amend, end early, withdraw) that previews
 * the affected licenses (a dry run) before the administrator confirms.
 */
@Named
@ViewScoped
public class TitleRightsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the change form does with the selected window. */
    public enum Mode { AMEND, END, WITHDRAW }

    @Inject
    private RightsAdministration rights;

    @Inject
    private Messages messages;

    private String slug;
    private TitleRightsOverview overview;
    private final WindowFields add = new WindowFields();
    private final WindowFields change = new WindowFields();
    private RightsWindowView selected;
    private Mode mode = Mode.AMEND;
    private RightsChangeOutcome preview;

    @PostConstruct
    void load() {
        slug = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
        add.rightType = RightType.EDUCATIONAL.name();
        refresh();
    }

    private void refresh() {
        try {
            overview = slug == null || slug.isBlank() ? null : rights.rights(slug);
        } catch (NotFoundException e) {
            overview = null;
        }
    }

    public void addWindow() {
        try {
            rights.add(slug, add.form());
            info(messages.get("rights.added"));
            add.clear();
            refresh();
        } catch (InvalidInputException e) {
            errors("add", e);
        }
    }

    public void select(long windowId) {
        selected = overview.windows().stream().filter(w -> w.id() == windowId).findFirst().orElse(null);
        preview = null;
        mode = Mode.AMEND;
        change.clear();
        if (selected != null) {
            change.territory = selected.worldwide() ? "WORLDWIDE" : String.join(";", selected.countries());
            change.excluded = String.join(";", selected.excludedCountries());
            change.endDate = selected.endDate() == null ? "" : selected.endDate().toString();
        }
    }

    public void previewChange() {
        run(true);
    }

    public void confirmChange() {
        run(false);
    }

    public void cancel() {
        selected = null;
        preview = null;
    }

    private void run(boolean dryRun) {
        if (selected == null) {
            return;
        }
        try {
            RightsChangeOutcome outcome = mode == Mode.WITHDRAW
                    ? rights.withdraw(slug, selected.id(), change.reason, dryRun)
                    : rights.amend(slug, selected.id(), change.amendment(mode), dryRun);
            if (dryRun) {
                preview = outcome;
                return;
            }
            info(messages.get("rights.saved", outcome.affectedLicenses().size()));
            selected = null;
            preview = null;
            refresh();
        } catch (InvalidInputException e) {
            preview = null;
            errors("change", e);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            selected = null;
            refresh();
        }
    }

    private static void errors(String form, InvalidInputException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        e.violations().forEach(v -> faces.addMessage(form + ":" + v.field(),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public boolean isFound() {
        return overview != null;
    }

    public String getSlug() {
        return slug;
    }

    public TitleRightsOverview getOverview() {
        return overview;
    }

    public List<RightType> getRightTypes() {
        return List.of(RightType.values());
    }

    public List<Mode> getModes() {
        return List.of(Mode.values());
    }

    public WindowFields getAdd() {
        return add;
    }

    public WindowFields getChange() {
        return change;
    }

    public RightsWindowView getSelected() {
        return selected;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode == null ? Mode.AMEND : mode;
    }

    public RightsChangeOutcome getPreview() {
        return preview;
    }

    /** The text fields of the add form and of the change form. */
    public static final class WindowFields implements Serializable {

        private static final long serialVersionUID = 1L;

        private String rightType;
        private String territory;
        private String excluded;
        private String startDate;
        private String endDate;
        private String reason;

        RightsForm form() {
            return new RightsForm(rightType, territory, null, null, excluded == null ? null : List.of(excluded),
                    startDate, endDate, null, reason);
        }

        /** Ending early sends only the end; an amendment sends territory, exclusions and end as shown. */
        RightsForm amendment(Mode mode) {
            if (mode == Mode.END) {
                return new RightsForm(null, null, null, null, null, null, endDate, null, reason);
            }
            boolean openEnded = endDate == null || endDate.isBlank();
            return new RightsForm(null, territory, null, null, List.of(excluded == null ? "" : excluded), null,
                    endDate, openEnded, reason);
        }

        void clear() {
            territory = null;
            excluded = null;
            startDate = null;
            endDate = null;
            reason = null;
        }

        public String getRightType() { return rightType; }
        public void setRightType(String rightType) { this.rightType = rightType; }
        public String getTerritory() { return territory; }
        public void setTerritory(String territory) { this.territory = territory; }
        public String getExcluded() { return excluded; }
        public void setExcluded(String excluded) { this.excluded = excluded; }
        public String getStartDate() { return startDate; }
        public void setStartDate(String startDate) { this.startDate = startDate; }
        public String getEndDate() { return endDate; }
        public void setEndDate(String endDate) { this.endDate = endDate; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
