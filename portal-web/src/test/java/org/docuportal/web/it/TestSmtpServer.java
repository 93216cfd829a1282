package org.docuportal.web.it;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on the port the managed portal is configured to send to
 * ({@code it.smtp.port}), for tests that read the mail the portal sends. A test class registers
 * it as an extension, which runs it from before the class's first test to after its last:
 * {@code @RegisterExtension static final TestSmtpServer smtp = TestSmtpServer.forTheClass();}
 */
final class TestSmtpServer implements BeforeAllCallback, AfterAllCallback {

    private GreenMail smtp;

    private TestSmtpServer() {
    }

    static TestSmtpServer forTheClass() {
        return new TestSmtpServer();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /**
     * Started at once, for a test whose portal mails while it starts (an Arquillian deployment is
     * made before any extension of the class runs); the test stops it.
     */
    static TestSmtpServer start() {
        TestSmtpServer server = new TestSmtpServer();
        server.beforeAll(null);
        return server;
    }

    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** Starts the server again on the same port after {@link #stop()}, empty: for tests of mail that waited while it was down. */
    void restart() {
        stop();
        beforeAll(null);
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

    /** Whether a message to the address whose subject contains the words arrived within the time. */
    boolean arrives(String to, String subjectPart, long millis) throws MessagingException, InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(to) && message.getSubject().contains(subjectPart)) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The decoded part of that type (text/plain, text/html), wherever it sits in the message; null if none. */
    static String part(MimeMessage message, String type) throws MessagingException, java.io.IOException {
        return part((jakarta.mail.Part) message, type);
    }

    private static String part(jakarta.mail.Part part, String type) throws MessagingException, java.io.IOException {
        if (part.isMimeType(type) && !jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The attachments' file names and bytes, in order. */
    static java.util.Map<String, byte[]> attachments(MimeMessage message) throws MessagingException, java.io.IOException {
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        if (message.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    files.put(part.getFileName(), part.getInputStream().readAllBytes());
                }
            }
        }
        return files;
    }
}
