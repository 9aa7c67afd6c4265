package org.ridercoop.web.signin.pkce;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The PKCE verifiers of the sign-ins a session has started and not finished, keyed by their OAuth state, kept
 * in the HTTP session (server side, replicated with it). A verifier is used once. Only the latest few are kept:
 * a person who opens the login page in many tabs and finishes an old one simply signs in again.
 */
final class PendingVerifiers implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    static final int LIMIT = 4;
    private static final String ATTRIBUTE = PendingVerifiers.class.getName();

    private final LinkedHashMap<String, String> byState = new LinkedHashMap<>();

    static void remember(HttpSession session, String state, String verifier) {
        synchronized (session) {
            PendingVerifiers pending = session.getAttribute(ATTRIBUTE) instanceof PendingVerifiers p ? p : new PendingVerifiers();
            pending.put(state, verifier);
            session.setAttribute(ATTRIBUTE, pending);
        }
    }

    /** Removes and returns the verifier of that state. */
    static Optional<String> take(HttpSession session, String state) {
        if (session == null || state == null) {
            return Optional.empty();
        }
        synchronized (session) {
            if (!(session.getAttribute(ATTRIBUTE) instanceof PendingVerifiers pending)) {
                return Optional.empty();
            }
            Optional<String> verifier = pending.remove(state);
            session.setAttribute(ATTRIBUTE, pending);
            return verifier;
        }
    }

    synchronized void put(String state, String verifier) {
        byState.remove(state);
        byState.put(state, verifier);
        while (byState.size() > LIMIT) {
            Map.Entry<String, String> eldest = byState.entrySet().iterator().next();
            byState.remove(eldest.getKey());
        }
    }

    synchronized Optional<String> remove(String state) {
        return Optional.ofNullable(byState.remove(state));
    }
}
