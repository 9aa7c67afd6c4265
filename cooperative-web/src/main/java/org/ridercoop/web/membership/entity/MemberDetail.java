package org.ridercoop.web.membership.entity;

import java.math.BigDecimal;
import java.util.List;

/** Everything about one member ({@code GET /api/coops/{c}/members/{m}}); the refund only once they left. */
public record MemberDetail(Member member, List<StatusChange> history, List<CapitalEntry> capital, Refund refund,
                           List<ExpulsionCase> expulsionCases, List<Office> offices, BigDecimal sharePercent,
                           String refusalReason) {

    public MemberDetail {
        history = history == null ? List.of() : List.copyOf(history);
        capital = capital == null ? List.of() : List.copyOf(capital);
        expulsionCases = expulsionCases == null ? List.of() : List.copyOf(expulsionCases);
        offices = offices == null ? List.of() : List.copyOf(offices);
    }

    /** Only one case at a time may wait for the assembly. */
    public boolean hasPendingCase() {
        return expulsionCases.stream().anyMatch(ExpulsionCase::isPending);
    }
}
