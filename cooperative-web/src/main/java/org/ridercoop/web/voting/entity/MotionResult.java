package org.ridercoop.web.voting.entity;

/** The outcome of one motion after the close: PASSED, FAILED or NO_QUORUM. */
public record MotionResult(long motionId, int seq, String title, String resolution, String threshold, long eligible,
                           long present, long presentByProxy, long yes, long no, long abstain, boolean quorate,
                           String outcome, String ballotListHead) {
}
