package org.docuportal.shared.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;

import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.docuportal.shared.config.Setting;

/**
 * Hands one mail from the outbox to the SMTP server that {@code PORTAL_MAIL_SMTP_HOST} names, or,
 * where none is configured (the embedded default), writes it as an {@code .eml} file into the
 * mail folder ({@code PORTAL_DATA_DIR/mail}), which any mail program opens. Called by
 * {@link MailWorker} outside any transaction; a failure is thrown back to it, which tries again later.
 */
@ApplicationScoped
public class MailDelivery {

    @Inject
    private Clock clock;

    /** Sends the mail under the given Message-ID; throws when the mail server refused or could not be reached. */
    void send(Mail mail, String messageId) throws MessagingException, IOException {
        MimeMessage message = compose(mail, messageId);
        if (Setting.MAIL_SMTP_HOST.value().isPresent()) {
            Transport.send(message);
        } else {
            writeToFolder(message);
        }
    }

    /**
     * The Message-ID of the outbox row: the same for every attempt, so that a receiver can drop the
     * copy a retry after a lost acknowledgement sends. The queuing time keeps ids of two portals
     * with the same sender domain apart.
     */
    static String messageId(long outboxId, Instant queuedAt) {
        return messageId(outboxId, queuedAt, Setting.MAIL_FROM.valueOr("Docuportal <no-reply@localhost>"));
    }

    /** The Message-ID for a sender address such as {@code Docuportal <no-reply@films.example>}. */
    static String messageId(long outboxId, Instant queuedAt, String from) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "localhost" : from.substring(at + 1).replace(">", "").trim();
        return "<outbox." + outboxId + "." + queuedAt.toEpochMilli() + "@" + (domain.isEmpty() ? "localhost" : domain) + ">";
    }

    private MimeMessage compose(Mail mail, String messageId) throws MessagingException {
        MimeMessage message = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(Setting.MAIL_FROM.valueOr("Docuportal <no-reply@localhost>")));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        if (mail.html() == null && mail.attachments().isEmpty()) {
            message.setText(mail.body(), "UTF-8");
        } else {
            message.setContent(content(mail));
        }
        message.setSentDate(java.util.Date.from(clock.instant()));
        message.saveChanges();
        return message;
    }

    /**
     * Text and HTML as alternatives (text first: a mail program shows the last one it can), inside
     * a mixed part with the attachments when there are any.
     */
    private static MimeMultipart content(Mail mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), "UTF-8");
        alternative.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            alternative.addBodyPart(html);
        }
        if (mail.attachments().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        for (MailAttachment attachment : mail.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    private static Session session() {
        Properties props = new Properties();
        Setting.MAIL_SMTP_HOST.value().ifPresent(host -> props.put("mail.smtp.host", host));
        props.put("mail.smtp.port", Setting.MAIL_SMTP_PORT.valueOr("587"));
        props.put("mail.smtp.starttls.enable", Setting.MAIL_SMTP_STARTTLS.valueOr("true"));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        var user = Setting.MAIL_SMTP_USER.value();
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            String password = Setting.MAIL_SMTP_PASSWORD.valueOr("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password);
                }
            });
        }
        return Session.getInstance(props);
    }

    /** The folder where mail goes when no SMTP server is configured. */
    public static Path mailFolder() {
        return Path.of(Setting.DATA_DIR.valueOr("./data")).toAbsolutePath().normalize().resolve("mail");
    }

    private void writeToFolder(MimeMessage message) throws IOException, MessagingException {
        Path folder = mailFolder();
        Files.createDirectories(folder);
        String name = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(clock.getZone()).format(clock.instant())
                + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
        try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
            message.writeTo(out);
        }
    }
}
