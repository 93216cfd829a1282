package org.docuportal.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An attachment as the outbox keeps it until the mail is sent. */
@Embeddable
public class OutboxAttachment {

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected OutboxAttachment() {
    }

    OutboxAttachment(MailAttachment attachment) {
        this.fileName = attachment.fileName();
        this.contentType = attachment.contentType();
        this.content = attachment.content();
    }

    MailAttachment toAttachment() {
        return new MailAttachment(fileName, contentType, content);
    }
}
