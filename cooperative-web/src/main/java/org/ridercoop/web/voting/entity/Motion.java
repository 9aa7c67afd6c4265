package org.ridercoop.web.voting.entity;

/**
 * An item of the agenda. {@code resolution} is ORDINARY (a majority of those present) or SPECIAL (two thirds of
 * those present); the page says it in words of its own rather than the API's English {@code threshold}.
 * {@code callerVoted} is null for someone who does not vote.
 */
public record Motion(long id, int seq, String title, String details, String resolution, String threshold, Boolean callerVoted) {

    public boolean isVoted() {
        return Boolean.TRUE.equals(callerVoted);
    }
}
