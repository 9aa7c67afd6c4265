package org.ridercoop.web.voting.entity;

import java.time.Instant;

/**
 * The notice of a meeting to one member on its roll (§28): the e-mail ({@code QUEUED}, {@code SENT},
 * {@code FAILED}, or {@code NO_ADDRESS} for a member without one) and when they first saw it in the app.
 */
public record Notice(long membershipId, Integer memberNumber, String name, String email, String emailStatus,
                     Instant emailSentAt, int emailAttempts, String emailError, Instant seenInAppAt) {
    public static final String SENT = "SENT";
    public static final String QUEUED = "QUEUED";
    public static final String FAILED = "FAILED";
    public static final String NO_ADDRESS = "NO_ADDRESS";

    public boolean isFailed() {
        return FAILED.equals(emailStatus);
    }

    public boolean isSeen() {
        return seenInAppAt != null;
    }
}
