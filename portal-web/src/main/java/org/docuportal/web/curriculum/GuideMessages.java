package org.docuportal.web.curriculum;

import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.docuportal.shared.application.InvalidInputException;

/**
 * Shows the guide studio's answers on its pages: a refusal's violations beside the inputs they name
 * (the page's inputs are named like the studio's fields: {@code film}, {@code audience}, {@code language},
 * {@code format}), anything else at the top of the form.
 */
final class GuideMessages {

    private static final Set<String> FIELDS = Set.of("film", "titleSlug", "audience", "language", "format");

    private GuideMessages() {
    }

    static void show(InvalidInputException e, String form) {
        for (InvalidInputException.Violation v : e.violations()) {
            String field = "titleSlug".equals(v.field()) ? "film" : v.field();
            error(FIELDS.contains(v.field()) ? form + ":" + field : form, v.message());
        }
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void info(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
