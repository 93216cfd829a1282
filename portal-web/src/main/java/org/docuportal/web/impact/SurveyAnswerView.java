package org.docuportal.web.impact;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.impact.application.AnswerReceipt;
import org.docuportal.impact.application.SurveyForm;
import org.docuportal.impact.application.SurveyService;
import org.docuportal.shared.application.GoneException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * The audience's survey page, {@code survey.xhtml?s=<code>}: choose "before" or "after" the
 * screening, answer every statement, keep (before) or give (after) the pairing code. Nobody signs
 * in and nothing about the participant is kept, not even in the session beyond this view.
 */
@Named
@ViewScoped
public class SurveyAnswerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurveyService surveys;

    @Inject
    private Messages messages;

    private String code;
    private SurveyForm form;
    private String phase;
    private String[] answers = new String[0];
    private String pairingCode;
    private AnswerReceipt receipt;

    /** Loads the survey named by the link's code; once per view. */
    public void load() {
        if (form != null || code == null) {
            return;
        }
        try {
            form = surveys.survey(code);
            answers = new String[form.items().size()];
        } catch (NotFoundException e) {
            form = null;
        }
    }

    public void chooseBefore() {
        phase = "PRE";
    }

    public void chooseAfter() {
        phase = "POST";
    }

    /** Back to the choice of phase, answers cleared. */
    public void restart() {
        phase = null;
        receipt = null;
        pairingCode = null;
        answers = new String[form.items().size()];
    }

    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Integer> values = new ArrayList<>();
        for (String answer : answers) {
            values.add(number(answer));
        }
        try {
            receipt = surveys.answer(code, phase, values, "POST".equals(phase) ? pairingCode : null);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faces.addMessage("pairingCode".equals(v.field()) ? "survey:pairingCode" : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
        } catch (GoneException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("survey.closed"), null));
        }
    }

    /** A tampered value is no answer, refused by the service naming the statement, never a 500 page. */
    private static Integer number(String answer) {
        if (answer == null || !answer.matches("\\d{1,2}")) {
            return null;
        }
        return Integer.valueOf(answer);
    }

    /** The scale's five points, 1 to 5, for the radio buttons. */
    public List<String> getScale() {
        return List.of("1", "2", "3", "4", "5");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public SurveyForm getForm() {
        return form;
    }

    public String getPhase() {
        return phase;
    }

    public String[] getAnswers() {
        return answers;
    }

    public String getPairingCode() {
        return pairingCode;
    }

    public void setPairingCode(String pairingCode) {
        this.pairingCode = pairingCode;
    }

    public AnswerReceipt getReceipt() {
        return receipt;
    }
}
