package org.ridercoop.voting.entity;

/** What a motion needs to pass, fixed by what it decides (§29, §32). */
public enum ResolutionKind {
    /** A majority of those present, with a majority of all voters present (§29①, §32). */
    ORDINARY(1, 2, false),
    /**
     * Two-thirds of those present, same quorum (§29②): changing the articles; merger, split, dissolution, suspension
     * or continuation; expulsion; refunds to departed members; preferred-share investment.
     */
    SPECIAL(2, 3, true);

    private final long numerator;
    private final long denominator;
    private final boolean atLeast;

    ResolutionKind(long numerator, long denominator, boolean atLeast) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.atLeast = atLeast;
    }

    /**
     * Whether {@code inFavour} of {@code present} is enough: more than half for an ordinary resolution, at least
     * two-thirds for a special one. Exact integer arithmetic, no rounding.
     */
    public boolean carriedBy(long inFavour, long present) {
        long left = inFavour * denominator;
        long right = present * numerator;
        return atLeast ? left >= right : left > right;
    }

    /** The threshold as a person reads it. */
    public String threshold() {
        return atLeast ? "at least " + numerator + "/" + denominator + " of those present" : "more than half of those present";
    }
}
