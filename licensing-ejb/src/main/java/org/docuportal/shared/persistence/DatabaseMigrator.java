package org.docuportal.shared.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>The schema comes only from the Flyway migrations in {@code db/migration}; JPA never
 * generates DDL. Other start-up beans declare {@code @DependsOn("DatabaseMigrator")}.
 * Flyway manages its own transactions, so this bean opts out of container-managed ones.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATA_SOURCE,
        className = "org.docuportal.shared.persistence.PortalDataSource",
        minPoolSize = 1,
        maxPoolSize = 30,
        transactional = true)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATA_SOURCE = "java:app/jdbc/portal";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private volatile int appliedMigrations;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        appliedMigrations = result.migrationsExecuted;
        LOG.info(() -> "Database " + PortalDataSource.describe() + " at schema version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public int appliedMigrations() {
        return appliedMigrations;
    }
}
