package org.ridercoop.web.voting.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * The delegates (대의원, §31) of a cooperative, latest terms first, and what a delegates' assembly needs today: a
 * tenth of the {@code members} ({@code needed}, 100 suffice) in office, in a cooperative of more than 200 members.
 */
public record Delegates(int members, int needed, int inOffice, List<Delegate> delegates) {
    /** §31: a delegates' assembly may replace the general assembly only above this many members. */
    public static final int THRESHOLD = 200;

    public Delegates {
        delegates = delegates == null ? List.of() : List.copyOf(delegates);
    }

    /** The cooperative is large enough to hold a delegates' assembly at all. */
    public boolean isLargeEnough() {
        return members > THRESHOLD;
    }

    /** A delegates' assembly could be called today: large enough, and enough delegates in office. */
    public boolean isEnough() {
        return isLargeEnough() && inOffice >= needed;
    }

    /** How many more delegates in office the assembly needs (0 when enough are). */
    public int getMissing() {
        return Math.max(0, needed - inOffice);
    }

    /** One delegate's term; {@code endedOn} when it ended before its last day. */
    public record Delegate(long id, long membershipId, Integer memberNumber, String name, LocalDate termStart,
                           LocalDate termEnd, LocalDate endedOn, boolean inOffice, String recordedBy) {
    }
}
