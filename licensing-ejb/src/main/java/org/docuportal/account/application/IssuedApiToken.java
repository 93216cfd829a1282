package org.docuportal.account.application;

/** A token just made: the only moment its secret is shown. */
public record IssuedApiToken(ApiTokenView token, String secret) {
}
