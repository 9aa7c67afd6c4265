package org.ridercoop.platform.mail;

import java.util.List;
import java.util.function.Function;

/**
 * E-mails waiting in a table: a sender takes the due ones, claims each (a conditional update, so that two
 * instances never send one twice), sends it and records the outcome. Failed ones are retried by the queue's rules.
 *
 * @param <P> what identifies a queued e-mail
 */
public interface MailQueue<P> {
    /** Shown in the log. */
    String name();

    /** E-mails that may be sent now, at most {@code limit}. */
    List<P> due(int limit);

    /** Takes the e-mail for this sender; false if another sender has it, or it was sent meanwhile. */
    boolean claim(P pending);

    void sent(P pending);

    /** The server refused it or could not be reached. */
    void failed(P pending, String error);

    /** Writes the e-mails of one drain; it may keep what several of them share. */
    Function<P, Mail> composer();
}
