package org.ridercoop.devstack;

/** A port the stack needs is already in use; the message says which part wanted it and how to move it. */
public final class PortTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PortTakenException(int port, String what, String property) {
        super("Port " + port + " (" + what + ") is already in use. Stop whatever listens there, or choose another port with -D"
                + property + "=<port>.");
    }
}
