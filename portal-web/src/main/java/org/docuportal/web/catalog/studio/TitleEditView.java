package org.docuportal.web.catalog.studio;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.TitleDetails;
import org.docuportal.catalog.application.TitleForm;
import org.docuportal.catalog.application.TitleStudio;
import org.docuportal.catalog.domain.AwardResult;
import org.docuportal.catalog.domain.LanguageKind;
import org.docuportal.catalog.domain.TitleStatus;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * One title's details page in the studio: every program detail in one form. Subjects are a comma
 * list, alternate titles one per line, and the repeated parts small tables ({@link ProgramRows}).
 * An unknown or malformed {@code slug} shows a not-found message with status 404.
 */
@Named
@ViewScoped
public class TitleEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> INPUTS = Set.of("title", "originalTitle", "alternateTitles", "synopsis",
            "runtimeMinutes", "productionYear", "supplier", "originalLanguage", "subjects", "status");

    @Inject
    private TitleStudio studio;

    @Inject
    private Messages messages;

    private String slug;
    private TitleDetails title;
    private String name;
    private String originalTitle;
    private String alternateTitles;
    private String synopsis;
    private Integer runtimeMinutes;
    private Integer productionYear;
    private String supplier;
    private String originalLanguage;
    private String subjects;
    private String status;
    private ProgramRows rows;

    public void load() {
        try {
            show(studio.details(slug));
        } catch (NotFoundException e) {
            title = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    private void show(TitleDetails t) {
        title = t;
        slug = t.slug();
        name = t.title();
        originalTitle = t.originalTitle();
        alternateTitles = String.join("\n", t.alternateTitles());
        synopsis = t.synopsis();
        runtimeMinutes = t.runtimeMinutes();
        productionYear = t.productionYear();
        supplier = t.supplier();
        originalLanguage = t.originalLanguage();
        subjects = String.join(", ", t.subjects());
        status = t.status().name();
        rows = ProgramRows.of(t);
    }

    public void save() {
        TitleForm form = new TitleForm(slug, name, originalTitle, lines(alternateTitles), synopsis, runtimeMinutes,
                productionYear, supplier, originalLanguage, rows.languageVersions(), commaList(subjects),
                rows.awardEntries(), rows.pressQuotes(), status);
        try {
            TitleDetails saved = studio.update(slug, form);
            show(saved);
            FacesContext.getCurrentInstance().addMessage("edit",
                    new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                            messages.get("studio.saved"), null));
        } catch (InvalidInputException e) {
            FieldMessages.show(e, "edit", INPUTS);
        } catch (NotFoundException e) {
            FieldMessages.error(e.getMessage());
        }
    }

    /** Called after the poster or the publication changed, so that the page shows the title as it now is. */
    void refresh(TitleDetails changed) {
        title = changed;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> commaList(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isFound() {
        return title != null;
    }

    public TitleDetails getTitle() {
        return title;
    }

    public List<TitleStatus> getStatuses() {
        return List.of(TitleStatus.values());
    }

    public List<LanguageKind> getLanguageKinds() {
        return List.of(LanguageKind.values());
    }

    public List<AwardResult> getAwardResults() {
        return List.of(AwardResult.values());
    }

    public ProgramRows getRows() {
        return rows;
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOriginalTitle() { return originalTitle; }
    public void setOriginalTitle(String originalTitle) { this.originalTitle = originalTitle; }
    public String getAlternateTitles() { return alternateTitles; }
    public void setAlternateTitles(String alternateTitles) { this.alternateTitles = alternateTitles; }
    public String getSynopsis() { return synopsis; }
    public void setSynopsis(String synopsis) { this.synopsis = synopsis; }
    public Integer getRuntimeMinutes() { return runtimeMinutes; }
    public void setRuntimeMinutes(Integer runtimeMinutes) { this.runtimeMinutes = runtimeMinutes; }
    public Integer getProductionYear() { return productionYear; }
    public void setProductionYear(Integer productionYear) { this.productionYear = productionYear; }
    public String getSupplier() { return supplier; }
    public void setSupplier(String supplier) { this.supplier = supplier; }
    public String getOriginalLanguage() { return originalLanguage; }
    public void setOriginalLanguage(String originalLanguage) { this.originalLanguage = originalLanguage; }
    public String getSubjects() { return subjects; }
    public void setSubjects(String subjects) { this.subjects = subjects; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
