package org.docuportal.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.licensing.application.RightsAdministration;
import org.docuportal.licensing.application.RightsChangeOutcome;
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
    private final RightsFields add = new RightsFields();
    private final RightsFields change = new RightsFields();
    private RightsWindowView selected;
    private Mode mode = Mode.AMEND;
    private RightsChangeOutcome preview;

    @PostConstruct
    void load() {
        slug = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
        add.setRightType(RightType.EDUCATIONAL.name());
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
            errors("add", Set.of("territory", "excludedCountries", "startDate", "endDate", "reason"), e);
        }
    }

    public void select(long windowId) {
        selected = overview.windows().stream().filter(w -> w.id() == windowId).findFirst().orElse(null);
        preview = null;
        mode = Mode.AMEND;
        change.clear();
        if (selected != null) {
            change.setTerritory(selected.worldwide() ? "WORLDWIDE" : String.join(";", selected.countries()));
            change.setExcluded(String.join(";", selected.excludedCountries()));
            change.setEndDate(selected.endDate() == null ? "" : selected.endDate().toString());
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
                    ? rights.withdraw(slug, selected.id(), change.getReason(), dryRun)
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
            errors("change", switch (mode) {
                case AMEND -> Set.of("territory", "excludedCountries", "endDate", "reason");
                case END -> Set.of("endDate", "reason");
                case WITHDRAW -> Set.of("reason");
            }, e);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            selected = null;
            refresh();
        }
    }

    /** Each problem beside its input where the form shows that field, else at the top of the page. */
    private static void errors(String form, Set<String> inputs, InvalidInputException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        e.violations().forEach(v -> faces.addMessage(inputs.contains(v.field()) ? form + ":" + v.field() : null,
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

    public RightsFields getAdd() {
        return add;
    }

    public RightsFields getChange() {
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
}
