package org.ridercoop.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.SystemException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything no other mapper claims. Known causes wrapped by the container (a problem thrown inside a
 * transaction, a version clash, the database gone, a transaction that could not be finished) get their own
 * answer; the rest is a 500 that names an incident reference, logged with its stack trace, and tells the client
 * nothing about the internals.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    UriInfo uriInfo;
    @Context
    Providers providers;

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem.problem().at(Paths.of(uriInfo)).toResponse().build();
            }
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                // JSON-B fails reading the body (Jersey wraps it in a ProcessingException)
                return Problem.of(400, "malformed-json", "Malformed request body",
                                "The body is not valid JSON of the expected shape.")
                        .at(Paths.of(uriInfo)).toResponse().build();
            }
            if (cause instanceof WebApplicationException web) {
                return providers.getExceptionMapper(WebApplicationException.class).toResponse(web);
            }
            if (cause instanceof OptimisticLockException) {
                return Problem.of(409, "stale-version", "Conflict",
                                "Someone else changed this in the meantime. Reload it and try again.")
                        .at(Paths.of(uriInfo)).toResponse().build();
            }
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                // the database constraint behind a uniqueness rule caught a race the Java check could not see
                return Problem.of(409, "duplicate", "Conflict", "This already exists.")
                        .at(Paths.of(uriInfo)).toResponse().build();
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return unavailable(cause);
            }
            if (cause instanceof SystemException) {
                // the transaction manager could not finish the transaction because its resource failed: the database
                // went away in the middle of it, so that even the rollback could not reach it (the database drops the
                // unfinished work itself). The original failure is lost in this wrapping; a retry is safe.
                return unavailable(cause);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident + " at " + Paths.of(uriInfo), exception);
        return Problem.of(500, "server-error", "Server error",
                        "Something went wrong on our side. Reference: " + incident)
                .at(Paths.of(uriInfo)).toResponse().build();
    }

    private Response unavailable(Throwable cause) {
        LOG.warning("database unavailable: " + cause.getMessage());
        return Problem.of(503, "unavailable", "Service unavailable",
                        "The database cannot be reached right now. Try again in a moment.")
                .at(Paths.of(uriInfo)).toResponse().header("Retry-After", "5").build();
    }
}
