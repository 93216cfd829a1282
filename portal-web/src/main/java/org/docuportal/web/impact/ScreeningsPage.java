package org.docuportal.web.impact;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.impact.application.ScreeningService;
import org.docuportal.impact.application.ScreeningView;
import org.docuportal.shared.application.AccessRefusedException;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * A member's screening surveys: open one for a licensed film, reword its statements (one per
 * line) until the first answer, show its link and QR code, follow participation, close it.
 */
@Named
@ViewScoped
public class ScreeningsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScreeningService screenings;

    @Inject
    private Messages messages;

    private Map<String, String> films;
    private List<ScreeningView> mine;
    private String film;
    private LocalDate screeningDate = LocalDate.now();
    private final Map<Long, String> itemTexts = new HashMap<>();

    @PostConstruct
    void load() {
        films = screenings.surveyableTitles();
        if (film == null && !films.isEmpty()) {
            film = films.keySet().iterator().next();
        }
        mine = screenings.mine();
        itemTexts.clear();
        mine.forEach(s -> itemTexts.put(s.id(), String.join("\n", s.items())));
    }

    /**
     * Fetches the answer counts again for the page's poll, keeping the list's order and whatever
     * the teacher is typing into the statement boxes; a screening opened elsewhere meanwhile shows
     * on the next full load.
     */
    public void refreshCounts() {
        Map<Long, ScreeningView> fresh = new HashMap<>();
        screenings.mine().forEach(s -> fresh.put(s.id(), s));
        mine = mine.stream().map(s -> fresh.getOrDefault(s.id(), s)).toList();
    }

    public void open() {
        run(() -> screenings.open(film, screeningDate), "screenings.opened");
    }

    public void saveItems(long id) {
        List<String> items = Arrays.stream(itemTexts.getOrDefault(id, "").split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        run(() -> screenings.replaceItems(id, items), "screenings.itemsSaved");
    }

    public void close(long id) {
        run(() -> screenings.close(id), "screenings.closed");
    }

    private void run(Runnable action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(doneKey), null));
            load();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
        } catch (AccessRefusedException | ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public Map<String, String> getFilms() {
        return films;
    }

    public List<ScreeningView> getMine() {
        return mine;
    }

    public String getFilm() {
        return film;
    }

    public void setFilm(String film) {
        this.film = film;
    }

    public LocalDate getScreeningDate() {
        return screeningDate;
    }

    public void setScreeningDate(LocalDate screeningDate) {
        this.screeningDate = screeningDate;
    }

    /** The statements of each screening as text, one per line, bound to its text area. */
    public Map<Long, String> getItemTexts() {
        return itemTexts;
    }
}
