package org.docuportal.shared.persistence;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.flywaydb.core.Flyway;

/**
 * The portal's persistence unit on a database that Flyway has migrated, without a server, for tests of
 * the statements the repositories really send (conditional updates, claims, filters). H2 in memory by
 * default; {@code -D<prefix>.url=jdbc:postgresql://...} and {@code -D<prefix>.user=...} point a test at
 * PostgreSQL instead, so the same test checks both databases.
 */
public final class MigratedSchema {

    private MigratedSchema() {
    }

    /** The database's URL: the system property {@code <prefix>.url}, else an H2 database named {@code h2Name}. */
    public static String url(String prefix, String h2Name) {
        return System.getProperty(prefix + ".url", "jdbc:h2:mem:" + h2Name + ";DB_CLOSE_DELAY=-1");
    }

    /** Migrates the database and opens the persistence unit on it with local transactions. */
    public static EntityManagerFactory open(String prefix, String h2Name) {
        String url = url(prefix, h2Name);
        String user = System.getProperty(prefix + ".user", "sa");
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", "");
        properties.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory("portal", properties);
    }

    /** Sets a field the container would inject (an entity manager, mostly) and returns the object. */
    public static <T> T inject(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set " + field + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
