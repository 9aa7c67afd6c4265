package org.ridercoop.membership.entity;

public enum MembershipStatus {
    APPLICANT, ACTIVE, WITHDRAWING, WITHDRAWN, EXPELLED, DECEASED, REFUSED;

    /** Counts towards the shares of the cooperative and its quorum. */
    public boolean holdsShares() {
        return this == ACTIVE || this == WITHDRAWING;
    }
}
