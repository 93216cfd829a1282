/**
 * The audit log's rows ({@link org.docuportal.audit.domain.AuditEntry}), the stable action codes
 * they carry, and where they are kept. Rows are only ever added.
 */
package org.docuportal.audit.domain;
