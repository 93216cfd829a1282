package org.docuportal.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.account.application.MailPreferenceService;
import org.docuportal.account.application.MailPreferencesView;
import org.docuportal.web.Messages;

/** The "Email" section of the account page: the two kinds of mail a person may turn off. */
@Named
@RequestScoped
public class EmailSettingsView {

    @Inject
    private MailPreferenceService preferences;

    @Inject
    private Messages messages;

    private boolean news;
    private boolean reminders;

    @PostConstruct
    void load() {
        MailPreferencesView mine = preferences.mine();
        news = mine.news();
        reminders = mine.reminders();
    }

    public void save() {
        MailPreferencesView saved = preferences.change(news, reminders);
        news = saved.news();
        reminders = saved.reminders();
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("email.saved"), null));
    }

    public boolean isNews() {
        return news;
    }

    public void setNews(boolean news) {
        this.news = news;
    }

    public boolean isReminders() {
        return reminders;
    }

    public void setReminders(boolean reminders) {
        this.reminders = reminders;
    }
}
