package org.docuportal.account.domain;

/**
 * What makes a password acceptable, for every way one is chosen: registering an institution,
 * joining one, and the staff's one-time set-password links.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    public static boolean isAcceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }

    /** The rule in words, for the message under the password field. */
    public static String describe() {
        return "Choose a password of " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.";
    }
}
