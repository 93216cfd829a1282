package org.docuportal.shared.mail;

import java.util.Objects;

/** A file sent with a mail, such as {@code Q-000042.pdf}. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    public static MailAttachment pdf(String fileName, byte[] content) {
        return new MailAttachment(fileName, "application/pdf", content);
    }
}
