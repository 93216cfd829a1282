/**
 * The usage counts in SQL: native queries that group the plays and guide downloads in the database,
 * written once for H2 and PostgreSQL alike ({@link org.docuportal.reporting.infrastructure.UsageQueries}).
 */
package org.docuportal.reporting.infrastructure;
