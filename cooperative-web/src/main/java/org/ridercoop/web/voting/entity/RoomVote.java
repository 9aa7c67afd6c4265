package org.ridercoop.web.voting.entity;

/** A vote cast in the room and entered by the board for the member. */
public record RoomVote(long motionId, long membershipId, String enteredBy) {
}
