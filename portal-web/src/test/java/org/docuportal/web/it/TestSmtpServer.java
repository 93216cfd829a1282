package org.docuportal.web.it;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on the port the managed portal is configured to send to
 * ({@code it.smtp.port}), for tests that read the mail the portal sends.
 */
final class TestSmtpServer {

    private final GreenMail smtp;

    private TestSmtpServer(GreenMail smtp) {
        this.smtp = smtp;
    }

    static TestSmtpServer start() {
        int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new TestSmtpServer(smtp);
    }

    void stop() {
        smtp.stop();
    }

    /** Waits up to ten seconds for a message to the address whose subject contains the words. */
    MimeMessage await(String to, String subjectPart) throws MessagingException, InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(to) && message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + to + " about '" + subjectPart + "'");
    }

    /** Every message to the address whose subject contains the words, oldest first (none yet: empty). */
    List<MimeMessage> all(String to, String subjectPart) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(to) && message.getSubject().contains(subjectPart)) {
                found.add(message);
            }
        }
        return found;
    }
}
