/** API for running the portal: the mail outbox's pending and failed deliveries, and retrying one; the audit log. */
package org.docuportal.web.api.operations;
