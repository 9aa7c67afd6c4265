package org.ridercoop.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;

/**
 * The MariaDB datasource, configured by MicroProfile Config (COOP_DB_URL, COOP_DB_USER, COOP_DB_PASSWORD).
 * Connections are validated before use, so that after a database restart the pool heals itself.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=coop.db.url}",
        user = "${MPCONFIG=coop.db.user}",
        password = "${MPCONFIG=coop.db.password}",
        minPoolSize = 0,
        maxPoolSize = 64,
        initialPoolSize = 0,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=5000",
                "fish.payara.statement-timeout-in-seconds=30",
                "connectTimeout=3000",
                "useBulkStmts=true",
                "cachePrepStmts=true"
        })
@ApplicationScoped
public class Database {
    public static final String JNDI_NAME = "java:app/jdbc/coop";
    /** MariaDB's "Duplicate entry … for key …" (ER_DUP_ENTRY). */
    private static final int DUPLICATE_ENTRY = 1062;

    /**
     * Whether a failure is the database refusing a row because a unique key already holds its value, and not any
     * other failure (a lost connection, a lock wait timeout) that a caller must not mistake for a duplicate.
     */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
