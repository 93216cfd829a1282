package org.docuportal.web.streaming;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.entitlement.application.ScreenerService;
import org.docuportal.entitlement.application.ScreenerView;
import org.docuportal.entitlement.domain.ScreenerStatus;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * Platform administrators' queue of screener requests: approve for some hours, or decline with a
 * reason; and, for a screener still running whose mail got lost, send its link again.
 */
@Named
@ViewScoped
public class ScreenersAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScreenerService screeners;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private List<ScreenerView> requests;
    private Instant loadedAt;
    private final Map<Long, String> hours = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        // Newest first, as an inbox reads.
        List<ScreenerView> all = new ArrayList<>(screeners.requests(null));
        Collections.reverse(all);
        requests = all;
        loadedAt = clock.instant();
    }

    /** Whether the row offers "Send the link again": an approved screener that had not ended when the page was drawn. */
    public boolean linkResendable(ScreenerView r) {
        return r.status() == ScreenerStatus.APPROVED && r.validUntil() != null && r.validUntil().isAfter(loadedAt);
    }

    public void sendLinkAgain(long id) {
        decide(id, () -> screeners.sendLinkAgain(id), "screeners.linkSent");
    }

    public void approve(long id) {
        String given = hours.get(id);
        Integer wanted;
        try {
            wanted = given == null || given.isBlank() ? null : Integer.valueOf(given.strip());
        } catch (NumberFormatException e) {
            wanted = -1; // refused by the service with the allowed range
        }
        Integer length = wanted;
        decide(id, () -> screeners.approve(id, length), "screeners.approved");
    }

    public void decline(long id) {
        decide(id, () -> screeners.decline(id, reasons.get(id)), "screeners.declined");
    }

    private void decide(long id, java.util.function.Supplier<ScreenerView> decision, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ScreenerView decided = decision.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get(doneKey, decided.name(), decided.title()), null));
            load();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
        } catch (ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            load();
        }
    }

    public List<ScreenerView> getRequests() {
        return requests;
    }

    /** Hours per request id, bound to each row's input. */
    public Map<Long, String> getHours() {
        return hours;
    }

    /** Decline reasons per request id, bound to each row's input. */
    public Map<Long, String> getReasons() {
        return reasons;
    }
}
