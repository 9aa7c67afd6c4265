package org.ridercoop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.problem.UnexpectedFailureMapper;

class UnexpectedFailureMapperTest {
    private final UnexpectedFailureMapper mapper = new UnexpectedFailureMapper();

    @Test
    void anUnexpectedFailureIs500WithAReferenceAndNoInternals() {
        Response response = mapper.toResponse(new IllegalStateException("SELECT password FROM secrets",
                new NullPointerException("in org.ridercoop.Secret")));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        String body = (String) response.getEntity();
        assertThat(body).contains("urn:ridercoop:problem:server-error", "Reference: ");
        assertThat(body).doesNotContain("SELECT", "password", "secrets", "Exception", "org.ridercoop", "java.");
    }

    @Test
    void aVersionClashInsideTheContainerIs409() {
        Response response = mapper.toResponse(new RuntimeException(new OptimisticLockException("row changed")));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat((String) response.getEntity()).contains("urn:ridercoop:problem:stale-version").doesNotContain("row changed");
    }

    @Test
    void aUniqueConstraintIs409AndALostDatabaseIs503() {
        assertThat(mapper.toResponse(new RuntimeException(new SQLIntegrityConstraintViolationException("dup"))).getStatus())
                .isEqualTo(409);
        Response unavailable = mapper.toResponse(new RuntimeException(new SQLNonTransientConnectionException("refused", "08000")));
        assertThat(unavailable.getStatus()).isEqualTo(503);
        assertThat(unavailable.getHeaderString("Retry-After")).isEqualTo("5");
    }

    @Test
    void aTransactionThatCouldNotBeRolledBackBecauseTheDatabaseDiedIs503() {
        // what Payara throws when the database dies in the middle of a transaction: the rollback fails too
        Response response = mapper.toResponse(new TransactionalException("Managed bean with Transactional annotation encountered exception",
                new SystemException("org.omg.CORBA.INTERNAL: JTS5031: Exception on Resource [rollback] operation")));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat((String) response.getEntity()).contains("urn:ridercoop:problem:unavailable").doesNotContain("JTS", "CORBA", "Transactional");
    }

    @Test
    void aProblemWrappedByTheContainerKeepsItsStatus() {
        Response response = mapper.toResponse(new RuntimeException(ProblemException.ruleViolated("share-cap", "over 30%")));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat((String) response.getEntity()).contains("urn:ridercoop:problem:share-cap", "over 30%");
    }
}
