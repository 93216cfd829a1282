package org.docuportal.web.curriculum;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.curriculum.Audience;
import org.docuportal.curriculum.application.FormatView;
import org.docuportal.curriculum.application.GuideStudio;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The "New guide" form of the guide studio: a film, an audience, a language and a format, then on to
 * the editor, which opens the guide's draft or, for a guide never saved, a template made from the film.
 * The studio checks the choice first, so that a bad one is named here, beside its field.
 */
@Named
@RequestScoped
public class NewGuideView {

    private static final String FORM = "newGuide";

    /** The languages the portal's guides are written in; the studio accepts any ISO 639 code. */
    private static final List<String> LANGUAGES = List.of("en", "ko", "ja");

    @Inject
    private GuideStudio studio;

    private String film;
    private String audience;
    private String language = "en";
    private String format;
    private List<FormatView> formats;

    public String start() {
        try {
            studio.open(film, audience, language, format);
            return GuideAddress.editor(film, audience, language, format) + "&faces-redirect=true";
        } catch (InvalidInputException e) {
            GuideMessages.show(e, FORM);
        } catch (NotFoundException e) {
            GuideMessages.error(FORM + ":film", e.getMessage());
        }
        return null;
    }

    public List<FormatView> getFormats() {
        if (formats == null) {
            formats = studio.formats();
        }
        return formats;
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public String getFilm() { return film; }
    public void setFilm(String film) { this.film = film; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
}
