package org.ridercoop.platform.problem;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * A {@code @Transactional} method whose transaction could not be finished: the container throws a
 * {@link TransactionalException} instead of the method's own failure when the rollback or the commit fails, as it
 * does when the database dies in the middle of a use case. Jersey's own mapper for it finds no better mapper and
 * gives up with a bare 500; this one, being the application's, is chosen first and answers by the cause, as
 * {@link UnexpectedFailureMapper} does (503 when the database was lost).
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {
    @Context
    Providers providers;

    @Override
    public Response toResponse(TransactionalException exception) {
        return providers.getExceptionMapper(Throwable.class).toResponse(exception);
    }
}
