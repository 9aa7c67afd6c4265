package org.ridercoop.voting.entity;

/**
 * The count of one motion: who could vote, who was present (in person, online, or through a proxy), and how they
 * voted. Abstentions count as present, not in favour.
 *
 * @param eligible the voters on the record date (for a board meeting, the directors in office)
 */
public record Tally(long eligible, long presentInPerson, long presentByProxy, long yes, long no, long abstain) {

    public Tally {
        if (eligible < 0 || presentInPerson < 0 || presentByProxy < 0 || yes < 0 || no < 0 || abstain < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
        if (presentInPerson + presentByProxy > eligible) {
            throw new IllegalArgumentException("more present than eligible");
        }
        if (yes + no + abstain > presentInPerson + presentByProxy) {
            throw new IllegalArgumentException("more votes than voters present");
        }
    }

    public long present() {
        return presentInPerson + presentByProxy;
    }

    /** §29①, §32: a majority of all who may vote is present; exactly half is not a majority. */
    public boolean quorate() {
        return present() * 2 > eligible;
    }

    /** The decision: a quorum, and enough in favour for the kind of resolution. */
    public Outcome decide(ResolutionKind kind) {
        if (!quorate()) {
            return Outcome.NO_QUORUM;
        }
        return kind.carriedBy(yes, present()) ? Outcome.PASSED : Outcome.FAILED;
    }

    /** How a motion ended. */
    public enum Outcome { PASSED, FAILED, NO_QUORUM }
}
