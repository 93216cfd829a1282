/** API for running the portal: the mail outbox's pending and failed deliveries and retrying one; the audit log; scheduled rounds run now. */
package org.docuportal.web.api.operations;
