package org.ridercoop.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void aDuplicateEntryIsADuplicateKeyHoweverDeepItIsWrapped() {
        SQLIntegrityConstraintViolationException duplicate = new SQLIntegrityConstraintViolationException(
                "Duplicate entry '1-MAIN|2026-10-01|2026-10-31' for key 'uq_payout_run_posted'", "23000", 1062);
        assertThat(Database.isDuplicateKey(new PersistenceException(new RuntimeException(duplicate)))).isTrue();
    }

    @Test
    void aLostConnectionALockWaitTimeoutOrAnotherConstraintIsNot() {
        assertThat(Database.isDuplicateKey(new PersistenceException(new SQLNonTransientConnectionException("(conn=5) Socket error", "08000")))).isFalse();
        assertThat(Database.isDuplicateKey(new PersistenceException(new SQLTransientException("Lock wait timeout exceeded", "HY000", 1205)))).isFalse();
        assertThat(Database.isDuplicateKey(new PersistenceException(new SQLIntegrityConstraintViolationException("CONSTRAINT failed", "23000", 4025))))
                .isFalse();
        assertThat(Database.isDuplicateKey(new PersistenceException("no cause"))).isFalse();
    }
}
