package org.docuportal.web.impact;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.impact.application.NewPolicyEvent;
import org.docuportal.impact.application.PolicyEventService;
import org.docuportal.impact.application.PolicyEventView;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/** The platform administrators' policy-impact log: record an official discussion linked to a film, list, delete. */
@Named
@ViewScoped
public class PolicyLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PolicyEventService events;

    @Inject
    private Messages messages;

    private Map<String, String> films;
    private List<PolicyEventView> recorded;
    private String film;
    private String date;
    private String body;
    private String country;
    private String reference;
    private String note;

    @PostConstruct
    void load() {
        films = events.films();
        recorded = events.events(null);
    }

    public void record() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            events.record(new NewPolicyEvent(film, date, body, country, reference, note));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("policy.recorded"), null));
            date = null;
            body = null;
            country = null;
            reference = null;
            note = null;
            load();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage("policy:" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
        }
    }

    public void delete(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            events.delete(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("policy.deleted"), null));
        } catch (NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        load();
    }

    public Map<String, String> getFilms() {
        return films;
    }

    public List<PolicyEventView> getRecorded() {
        return recorded;
    }

    public String getFilm() {
        return film;
    }

    public void setFilm(String film) {
        this.film = film;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
