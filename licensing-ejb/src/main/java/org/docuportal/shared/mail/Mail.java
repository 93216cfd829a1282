package org.docuportal.shared.mail;

import java.util.List;
import java.util.Objects;

/**
 * A message to one recipient: a plain-text part, and, for mail rendered from templates, an HTML
 * alternative and attachments (a quote, a license certificate).
 *
 * @param html        the HTML alternative, or null for a text-only message
 * @param attachments files sent with it, in order; never null
 */
public record Mail(String to, String subject, String body, String html, List<MailAttachment> attachments) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A plain-text message without attachments. */
    public Mail(String to, String subject, String body) {
        this(to, subject, body, null, List.of());
    }
}
