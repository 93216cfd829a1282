/** API for running the portal: the mail outbox's pending and failed deliveries, and retrying one. */
package org.docuportal.web.api.operations;
