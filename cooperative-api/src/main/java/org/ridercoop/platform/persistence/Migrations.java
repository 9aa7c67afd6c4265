package org.ridercoop.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Applies the versioned migrations of {@code db/migration} at start. When the database cannot be reached,
 * the application starts anyway (readiness says DOWN) and tries again every few seconds until it succeeds.
 * The migrations run as the schema owner ({@code coop.db.migration.user}), not as the application's user,
 * which holds only the table privileges the migrations grant to the role {@code coop_app}. Bean-managed
 * transactions: Flyway handles its own.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final long RETRY_MILLIS = 3_000;

    @Inject
    @ConfigProperty(name = "coop.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "coop.db.migration.user")
    String owner;

    @Inject
    @ConfigProperty(name = "coop.db.migration.password")
    String ownerPassword;

    @Resource
    TimerService timers;

    private final AtomicBoolean applied = new AtomicBoolean();
    private volatile String schemaVersion = "none";

    @PostConstruct
    void atStart() {
        tryMigrate();
    }

    @Timeout
    void retry() {
        tryMigrate();
    }

    public boolean applied() {
        return applied.get();
    }

    /** The version of the last applied migration, or "none". */
    public String schemaVersion() {
        return schemaVersion;
    }

    private void tryMigrate() {
        try {
            var result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(url, owner, ownerPassword)
                    .connectRetries(0)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : String.valueOf(result.initialSchemaVersion);
            applied.set(true);
            LOG.info("database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                    + " migrations applied now)");
        } catch (RuntimeException e) {
            LOG.warning("database not ready, migrations will be retried in " + RETRY_MILLIS / 1000 + " s: " + rootMessage(e));
            timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(null, false));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
