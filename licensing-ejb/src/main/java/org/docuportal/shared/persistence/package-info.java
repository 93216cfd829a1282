/**
 * The portal's database: the data source that picks H2 or PostgreSQL from configuration,
 * and the Flyway migrations that own the schema.
 */
package org.docuportal.shared.persistence;
