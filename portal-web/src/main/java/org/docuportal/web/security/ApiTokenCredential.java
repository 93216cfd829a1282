package org.docuportal.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The secret of a personal API token, as presented in {@code Authorization: Bearer}. */
public record ApiTokenCredential(String secret) implements Credential {
}
