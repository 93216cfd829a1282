package org.docuportal.shared.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.docuportal.shared.config.Setting;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The physical data source behind the container's connection pool.
 *
 * <p>{@code @DataSourceDefinition} fixes its class name at compile time, but the portal
 * chooses its database at start-up: PostgreSQL when {@code PORTAL_DB_URL} is set, otherwise
 * an H2 file under {@code PORTAL_DATA_DIR}. This class makes that choice once, from
 * configuration, and hands out connections of the chosen driver; pooling and transactions
 * stay with the container.
 *
 * <p>Choosing PostgreSQL is choosing production, so the settings production cannot do without are
 * checked here, before the first connection, and the deployment fails with a message naming them.
 */
public class PortalDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(PortalDataSource.class.getName());

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    /** Describes the database in use, without credentials, for logs and health checks. */
    public static String describe() {
        return Setting.DB_URL.value().map(url -> url.replaceAll("\\?.*$", "")).orElse(embeddedUrl());
    }

    public static boolean isEmbedded() {
        return Setting.DB_URL.value().isEmpty();
    }

    private DataSource target() {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = Setting.DB_URL.value().map(PortalDataSource::postgres).orElseGet(PortalDataSource::embedded);
                }
                current = target;
            }
        }
        return current;
    }

    private static DataSource postgres(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(Setting.DB_URL.key() + " must be a jdbc:postgresql: URL, got " + url);
        }
        if (Setting.BASE_URL.value().isEmpty()) {
            // PostgreSQL means production, where links in mail must not depend on the Host a caller chose.
            String message = "PORTAL_BASE_URL (" + Setting.BASE_URL.key() + ") is required with PostgreSQL: set it to the"
                    + " address people use to reach the portal, such as https://portal.example, which every link in mail,"
                    + " PDFs and QR codes starts with. The portal does not start without it.";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        Setting.DB_USER.value().ifPresent(ds::setUser);
        Setting.DB_PASSWORD.value().ifPresent(ds::setPassword);
        return ds;
    }

    private static DataSource embedded() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(embeddedUrl());
        ds.setUser("portal");
        ds.setPassword("");
        return ds;
    }

    private static String embeddedUrl() {
        Path file = Path.of(Setting.DATA_DIR.valueOr("./data")).toAbsolutePath().normalize().resolve("portal");
        return "jdbc:h2:file:" + file;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
