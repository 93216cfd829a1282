package org.docuportal.web.review;

import java.util.Locale;

import jakarta.faces.context.FacesContext;

/**
 * Country names in the page's language, as {@link Locale#getDisplayCountry(Locale)} gives them,
 * so that reviewers read "Republic of Korea"-style names rather than codes and no list is kept by hand.
 */
final class CountryNames {

    private CountryNames() {
    }

    /** The name of the ISO 3166-1 alpha-2 country, or the code itself where the JDK knows no name. */
    static String of(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale language = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
        String name = new Locale("", code).getDisplayCountry(language);
        return name == null || name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }
}
