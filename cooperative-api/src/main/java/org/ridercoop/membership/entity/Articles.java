package org.ridercoop.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The choices a cooperative's articles (정관) make within the law. */
@Embeddable
public class Articles {
    @Column(name = "nonuse_months_for_expulsion", nullable = false)
    private int nonUseMonthsForExpulsion;
    @Column(name = "unpaid_months_for_expulsion", nullable = false)
    private int unpaidMonthsForExpulsion;
    @Column(name = "withdrawal_notice_days", nullable = false)
    private int withdrawalNoticeDays;

    protected Articles() {
        // for JPA
    }

    public Articles(int nonUseMonthsForExpulsion, int unpaidMonthsForExpulsion, int withdrawalNoticeDays) {
        if (nonUseMonthsForExpulsion < 1 || unpaidMonthsForExpulsion < 1 || withdrawalNoticeDays < 0) {
            throw new IllegalArgumentException("articles out of range");
        }
        this.nonUseMonthsForExpulsion = nonUseMonthsForExpulsion;
        this.unpaidMonthsForExpulsion = unpaidMonthsForExpulsion;
        this.withdrawalNoticeDays = withdrawalNoticeDays;
    }

    public int nonUseMonthsForExpulsion() {
        return nonUseMonthsForExpulsion;
    }

    public int unpaidMonthsForExpulsion() {
        return unpaidMonthsForExpulsion;
    }

    public int withdrawalNoticeDays() {
        return withdrawalNoticeDays;
    }
}
