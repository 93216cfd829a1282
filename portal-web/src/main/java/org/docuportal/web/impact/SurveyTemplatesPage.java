package org.docuportal.web.impact;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.impact.application.SurveyTemplateService;
import org.docuportal.impact.application.TemplateView;
import org.docuportal.impact.domain.SurveyItems;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * The survey templates page ({@code /admin/survey-templates.xhtml?title=}): pick a film, edit the
 * statements its new surveys start from. The statements are checked by
 * {@link SurveyTemplateService}, as for {@code PUT /api/survey-templates/{slug}}; this bean
 * only carries the rows and points the service's messages at the statement they name.
 */
@Named
@ViewScoped
public class SurveyTemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "template";

    @Inject
    private SurveyTemplateService templates;

    @Inject
    private Messages messages;

    private Map<String, String> films;
    private String title;
    private String chosen;
    private TemplateView template;
    private String notFound;
    private List<Statement> statements = new ArrayList<>();

    public void load() {
        films = templates.films();
        chosen = title;
        if (title == null || title.isBlank()) {
            return;
        }
        try {
            template = templates.template(title);
            statements = new ArrayList<>(template.items().stream().map(Statement::new).toList());
        } catch (NotFoundException e) {
            notFound = e.getMessage();
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Opens the chosen film's template (a GET address of its own, so it can be bookmarked). */
    public String choose() {
        return "/admin/survey-templates?faces-redirect=true&title=" + URLEncoder.encode(chosen == null ? "" : chosen,
                StandardCharsets.UTF_8);
    }

    public void add() {
        if (statements.size() < SurveyItems.MAX_ITEMS) {
            statements.add(new Statement(""));
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < statements.size()) {
            statements.remove(index);
        }
    }

    public void save() {
        if (template == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        statements.forEach(s -> s.invalid = false);
        try {
            template = templates.replace(template.titleSlug(), statements.stream().map(Statement::getText).toList());
            statements = new ArrayList<>(template.items().stream().map(Statement::new).toList());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("templates.saved", template.title(), statements.size()), null));
        } catch (InvalidInputException e) {
            for (InvalidInputException.Violation v : e.violations()) {
                faces.addMessage(clientId(v.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null));
            }
        } catch (NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** {@code items[i]} is the i-th row's text area; {@code items} the list as a whole. */
    private String clientId(String field) {
        if (field.startsWith("items[") && field.endsWith("]")) {
            try {
                int index = Integer.parseInt(field.substring("items[".length(), field.length() - 1));
                if (index >= 0 && index < statements.size()) {
                    statements.get(index).invalid = true;
                    return FORM + ":statements:" + index + ":statement";
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public boolean isRoomForMore() {
        return statements.size() < SurveyItems.MAX_ITEMS;
    }

    public int getMaxItems() {
        return SurveyItems.MAX_ITEMS;
    }

    public Map<String, String> getFilms() {
        return films;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public TemplateView getTemplate() {
        return template;
    }

    public String getNotFound() {
        return notFound;
    }

    public List<Statement> getStatements() {
        return statements;
    }

    /** One statement as typed, and whether the service refused it. */
    public static final class Statement implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;
        private boolean invalid;

        Statement(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isInvalid() {
            return invalid;
        }
    }
}
