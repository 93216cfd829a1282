package org.docuportal.shared.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant QUEUED = Instant.parse("2026-12-04T18:00:00Z");

    private static OutboxMail queued() {
        return new OutboxMail(new Mail("ana@school.example", "Your invitation", "text", "<p>html</p>",
                List.of(MailAttachment.pdf("Q-000042.pdf", new byte[] {1, 2, 3}))), QUEUED);
    }

    @Test
    void keepsTheMailAsQueued() {
        Mail mail = queued().toMail();
        assertEquals("ana@school.example", mail.to());
        assertEquals("<p>html</p>", mail.html());
        assertEquals("Q-000042.pdf", mail.attachments().get(0).fileName());
        assertArrayEquals(new byte[] {1, 2, 3}, mail.attachments().get(0).content());
    }

    @Test
    void aNewMailIsClaimableAtOnce() {
        OutboxMail mail = queued();
        assertEquals(OutboxStatus.PENDING, mail.status());
        assertTrue(mail.claimableAt(QUEUED));
    }

    @Test
    void aLiveClaimKeepsOtherServersOffAndAnExpiredOneDoesNot() {
        OutboxMail mail = queued();
        mail.claimedBy("a/1", QUEUED.plus(RetryPolicy.CLAIM));
        assertFalse(mail.claimableAt(QUEUED.plusSeconds(10)), "server A is sending it");
        assertTrue(mail.claimableAt(QUEUED.plus(RetryPolicy.CLAIM).plusSeconds(1)), "server A died: B sends it");
        assertEquals(1, mail.attempts(), "the claim counts the attempt, so a server that dies each time cannot retry forever");
    }

    @Test
    void aSentMailIsNeverClaimedNorRetried() {
        OutboxMail mail = queued();
        mail.claimedBy("a/1", QUEUED.plus(RetryPolicy.CLAIM));
        mail.sentAt(QUEUED.plusSeconds(1));
        assertFalse(mail.claimableAt(QUEUED.plusSeconds(3600)));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> mail.checkRetryableAt(QUEUED.plusSeconds(5)));
        assertEquals("the mail was sent already", refused.getMessage());
    }

    @Test
    void aMailBeingSentCannotBeRetriedUntilItsClaimEnds() {
        OutboxMail mail = queued();
        mail.claimedBy("a/1", QUEUED.plus(RetryPolicy.CLAIM));
        assertThrows(IllegalStateException.class, () -> mail.checkRetryableAt(QUEUED.plusSeconds(5)));
        mail.checkRetryableAt(QUEUED.plus(RetryPolicy.CLAIM).plusSeconds(1));
    }

    @Test
    void longErrorsAreCutToTheColumn() {
        assertEquals(OutboxMail.MAX_ERROR, OutboxMail.clip("x".repeat(2000)).length());
        assertEquals("refused", OutboxMail.clip("refused"));
    }

    @Test
    void theMessageIdIsStablePerRow() {
        String from = "Docuportal <no-reply@films.example>";
        String first = MailDelivery.messageId(42, QUEUED, from);
        assertEquals(first, MailDelivery.messageId(42, QUEUED, from), "a retry sends the same id, so receivers can drop the copy");
        assertFalse(first.equals(MailDelivery.messageId(43, QUEUED, from)));
        assertEquals("<outbox.42." + QUEUED.toEpochMilli() + "@films.example>", first);
        assertTrue(MailDelivery.messageId(42, QUEUED, "no-address").endsWith("@localhost>"));
    }
}
