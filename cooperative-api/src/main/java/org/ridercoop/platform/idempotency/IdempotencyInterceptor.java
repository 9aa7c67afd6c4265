package org.ridercoop.platform.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.platform.security.Caller;

/**
 * Inside the use case's transaction (after {@code @Transactional}): the first request with a key is carried out
 * and its result stored with it, in the same transaction; a repeat with the same key and the same request gets
 * that stored result without a second effect; the same key with a different request is refused (422). Keys
 * are per caller. A repeat that arrives while the first is still running waits for it on the key's row.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "coop")
    EntityManager em;

    @Inject
    IdempotentRequest request;

    @Inject
    Caller caller;

    @AroundInvoke
    public Object once(InvocationContext invocation) throws Exception {
        String key = request.key();
        if (key == null) {
            return invocation.proceed();
        }
        String subject = caller.subject();
        // the row is claimed first: a concurrent repeat blocks here until the first commits (or rolls back)
        int claimed = em.createNativeQuery("INSERT IGNORE INTO idempotent_request (subject, idem_key, fingerprint, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, request.fingerprint()).setParameter(4, Instant.now())
                .executeUpdate();
        if (claimed == 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT fingerprint, response FROM idempotent_request "
                    + "WHERE subject = ?1 AND idem_key = ?2 FOR UPDATE").setParameter(1, subject).setParameter(2, key).getResultList();
            Object[] row = rows.get(0);
            if (!request.fingerprint().equals(row[0])) {
                throw ProblemException.ruleViolated("idempotency-key-reused",
                        "This Idempotency-Key was used for a different request. Use a new key for a new request.");
            }
            if (row[1] == null) {
                throw ProblemException.conflict("idempotency-in-progress", "The first request with this key has not finished; repeat it later.");
            }
            if (invocation.getMethod().getReturnType() == Response.class) {
                Stored stored = JSONB.fromJson((String) row[1], Stored.class);
                Response.ResponseBuilder replay = Response.status(stored.status()).entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
                return stored.location() == null ? replay.build() : replay.location(java.net.URI.create(stored.location())).build();
            }
            return JSONB.fromJson((String) row[1], invocation.getMethod().getGenericReturnType());
        }
        Object result = invocation.proceed();
        // a Response (a 201 with its Location) is kept as its status, location and body
        String response = result instanceof Response r ? JSONB.toJson(new Stored(r.getStatus(), r.getLocation() == null ? null
                : r.getLocation().toString(), r.getEntity() == null ? null : JSONB.toJson(r.getEntity()))) : JSONB.toJson(result);
        em.createNativeQuery("UPDATE idempotent_request SET response = ?1 WHERE subject = ?2 AND idem_key = ?3")
                .setParameter(1, response).setParameter(2, subject).setParameter(3, key).executeUpdate();
        return result;
    }

    /** A stored Response: its status, its Location, its body as JSON. */
    public record Stored(int status, String location, String body) {
    }
}
