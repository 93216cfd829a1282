/**
 * Recording administrative changes: {@link org.docuportal.audit.application.AuditTrail#record} in
 * the transaction of the change, with {@link org.docuportal.audit.application.Snapshot}s of the
 * subject's fields that matter before and after. Application services call it once per change;
 * pages and resources never do.
 */
package org.docuportal.audit.application;
