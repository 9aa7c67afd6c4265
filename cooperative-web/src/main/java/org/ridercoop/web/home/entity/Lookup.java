package org.ridercoop.web.home.entity;

import java.util.Optional;

/** What asking the API who is signed in gave: the person, or why not. */
public sealed interface Lookup {

    record Found(Me me) implements Lookup {
    }

    record Failed(Reason reason) implements Lookup {
    }

    /** Why the API could not say; each has a message the person can act on. */
    enum Reason {
        /** The API did not answer (down, unreachable, too slow). */
        UNAVAILABLE,
        /** The API did not accept the session's token (401/403): signing in again helps. */
        SIGN_IN_AGAIN,
        /** Anything else the API answered (5xx, an unreadable body). */
        UNEXPECTED
    }

    default Optional<Me> person() {
        return this instanceof Found found ? Optional.of(found.me()) : Optional.empty();
    }
}
