package org.docuportal.account.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which non-essential mail an account still wants. Without a row everything is on: only a choice
 * is stored, so existing accounts need nothing. Essential mail is not a choice and has no column.
 */
@Entity
@Table(name = "mail_preference")
public class MailPreference {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "news", nullable = false)
    private boolean news;

    @Column(name = "reminders", nullable = false)
    private boolean reminders;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailPreference() {
    }

    public MailPreference(Account account, Instant now) {
        this.accountId = Objects.requireNonNull(account.id(), "a saved account");
        this.news = true;
        this.reminders = true;
        this.updatedAt = now;
    }

    public void change(boolean news, boolean reminders, Instant now) {
        this.news = news;
        this.reminders = reminders;
        this.updatedAt = now;
    }

    /** Status news: quotes made, licenses issued (as a copy), started or expired. */
    public boolean news() {
        return news;
    }

    /** Reminders ahead of a date, such as a license ending. */
    public boolean reminders() {
        return reminders;
    }
}
