package org.docuportal.web.catalog.studio;

import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.docuportal.shared.application.InvalidInputException;

/**
 * Shows a service's refusal on a page: each violation as an error message naming its field, attached
 * to the field's input where the page has one (so that the input is marked and the message sits by it).
 */
final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * @param form   the id of the form whose inputs are named like the fields ({@code edit:title})
     * @param inputs the fields that have an input of their own in that form
     */
    static void show(InvalidInputException e, String form, Set<String> inputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (InvalidInputException.Violation v : e.violations()) {
            String clientId = inputs.contains(v.field()) ? form + ":" + v.field() : null;
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null));
        }
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        // Kept across the redirect that follows a successful change.
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
