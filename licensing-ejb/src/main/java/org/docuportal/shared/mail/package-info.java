/**
 * Outgoing mail: composed from templates, written to the outbox table in the business transaction
 * that causes it ({@link org.docuportal.shared.mail.MailOutbox}), and delivered after commit by a
 * worker on every server that claims each mail with a conditional update and retries with backoff
 * ({@link org.docuportal.shared.mail.MailWorker}), through SMTP or into the mail folder.
 */
package org.docuportal.shared.mail;
