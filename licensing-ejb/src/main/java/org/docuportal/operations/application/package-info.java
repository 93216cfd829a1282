/**
 * Running the portal: what platform administrators see and do about its machinery rather than its
 * business — the mail outbox's pending and failed deliveries, and retrying one
 * ({@link org.docuportal.operations.application.MailOutboxService}); the audit log of
 * administrative changes, filtered and paged ({@link org.docuportal.operations.application.AuditLogService});
 * and the scheduled rounds' leases ({@link org.docuportal.operations.application.ScheduledRoundsService}).
 */
package org.docuportal.operations.application;
