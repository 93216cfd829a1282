package org.docuportal.impact.application;

import java.io.Serializable;

/**
 * What a participant is told after answering: for answers before the screening, the pairing code to
 * keep (shown once, never stored in clear); for answers after it, whether they were paired.
 */
public record AnswerReceipt(String phase, String pairingCode, boolean paired) implements Serializable {
}
