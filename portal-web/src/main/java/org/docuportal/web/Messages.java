package org.docuportal.web;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;

/** The page texts of {@code messages.properties} for beans, in the request's locale. */
@RequestScoped
public class Messages {

    public String get(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return arguments.length == 0 ? bundle.getString(key) : MessageFormat.format(bundle.getString(key), arguments);
    }
}
