package org.docuportal.web.catalog.studio;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.application.TitleStudio;
import org.docuportal.catalog.domain.TitleListing;
import org.docuportal.catalog.domain.TitlePublication;
import org.docuportal.shared.application.InvalidInputException;

/** The studio's list of every title, whatever its publication state, filtered by one state on request. */
@Named
@RequestScoped
public class TitleListView {

    @Inject
    private TitleStudio studio;

    private String publication;
    private List<TitleListing> titles = List.of();

    public void load() {
        try {
            titles = studio.list(publication);
        } catch (InvalidInputException e) {
            FieldMessages.error(e.violations().get(0).message());
            publication = null;
            titles = studio.list(null);
        }
    }

    public List<TitlePublication> getPublications() {
        return List.of(TitlePublication.values());
    }

    public List<TitleListing> getTitles() {
        return titles;
    }

    public String getPublication() {
        return publication;
    }

    public void setPublication(String publication) {
        this.publication = publication;
    }
}
