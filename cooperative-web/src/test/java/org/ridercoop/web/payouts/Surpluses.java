package org.ridercoop.web.payouts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ridercoop.web.payouts.entity.Assembly;
import org.ridercoop.web.payouts.entity.Balances;
import org.ridercoop.web.payouts.entity.Dividend;
import org.ridercoop.web.payouts.entity.SurplusProposal;
import org.ridercoop.web.payouts.entity.SurplusView;
import org.ridercoop.web.payouts.entity.SurplusYear;

/** Year-end surplus figures as the API would give them, for the page tests. */
public final class Surpluses {
    public static final LocalDate START = LocalDate.of(2025, 1, 1);
    public static final LocalDate END = LocalDate.of(2025, 12, 31);

    private Surpluses() {
    }

    /** 2025 of a worker cooperative with 500,000 won paid in, no earlier appropriation. */
    public static SurplusYear year(Balances opening) {
        return new SurplusYear(2025, START, END, false, 50_000, 500_000, opening, opening == null ? null : 2024, 10, 1_500_000, 50_000, "INCOME");
    }

    /**
     * 10,000,000 won of net income; 1,000,000 of losses carried forward covered first; 900,000 to the legal reserve,
     * 1,000,000 to the voluntary one, 3,000,000 of patronage and 45,000 of capital dividends: 4,055,000 carried forward.
     */
    public static SurplusProposal proposal(String state, Long motionId) {
        return new SurplusProposal(41, 2025, START, END, false, "INCOME", 10_000_000, 500_000, new Balances(0, 0, 0, 1_000_000),
                1_000_000, 0, 0, 0, 900_000, 900_000, 1_000_000, 3_000_000, 45_000, new Balances(4_055_000, 1_000_000, 900_000, 0),
                "현금 흐름을 고려함", state, "박서연", Instant.parse("2026-02-10T01:00:00Z"), motionId,
                SurplusProposal.ADOPTED.equals(state) ? LocalDate.of(2026, 3, 20) : null, SurplusProposal.ADOPTED.equals(state) ? "ORDINARY" : null);
    }

    /** 김민준 (21) worked 60%, 박서연 (20) 40%; in an adopted proposal 박서연 was paid already. */
    public static SurplusView view(String state, Long motionId) {
        boolean adopted = SurplusProposal.ADOPTED.equals(state);
        return new SurplusView(proposal(state, motionId), List.of(
                new Dividend(21, 2, "김민준", 480, 20, 60_000, 600_000, 1_800_000, 9_000_000, 400_000, 18_000, 0, 0, 0, null),
                new Dividend(20, 1, "박서연", 480, 12, 40_000, 400_000, 1_200_000, 13_500_000, 600_000, 27_000, 0, 0,
                        adopted ? 1_227_000 : 0, adopted ? Instant.parse("2026-03-25T01:00:00Z") : null)));
    }

    public static Assembly assembly(long motionId) {
        return new Assembly(5, "ORDINARY_GENERAL_ASSEMBLY", "2025년도 결산 총회", Instant.parse("2026-03-20T10:00:00Z"), "CLOSED",
                List.of(new Assembly.Item(motionId - 1, null), new Assembly.Item(motionId, 41L)));
    }
}
