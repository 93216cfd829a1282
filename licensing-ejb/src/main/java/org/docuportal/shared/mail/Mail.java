package org.docuportal.shared.mail;

import java.util.Objects;

/** A plain-text message to one recipient. */
public record Mail(String to, String subject, String body) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
