/** Outgoing mail: queued by services, delivered after commit by SMTP or into the mail folder. */
package org.docuportal.shared.mail;
