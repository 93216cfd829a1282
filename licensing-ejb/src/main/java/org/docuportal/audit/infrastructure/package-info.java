/** The audit log's table through JPA: inserts and listing queries, nothing that changes a row. */
package org.docuportal.audit.infrastructure;
