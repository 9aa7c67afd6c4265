package org.ridercoop.web.dues;

import java.time.LocalDate;
import java.util.List;
import org.ridercoop.web.dues.entity.Aging;
import org.ridercoop.web.dues.entity.Arrears;
import org.ridercoop.web.dues.entity.Collection;
import org.ridercoop.web.dues.entity.DuesAccount;
import org.ridercoop.web.dues.entity.Plan;

/** Dues as the API would describe them, for the page tests: the cooperative 7 of {@code Access}, November 2026. */
public final class Dues {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    public static final Plan STANDARD = new Plan(3, "월 회비", "FLAT_MONTHLY", 10_000L, null, null, true, LocalDate.of(2026, 1, 1), null, "박서연");
    public static final Plan REDUCED = new Plan(4, "감면 회비", "FLAT_MONTHLY", 5_000L, null, null, false, LocalDate.of(2026, 6, 1), null, "박서연");
    public static final Plan OLD = new Plan(2, "옛 회비", "FLAT_MONTHLY", 8_000L, null, null, true, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "박서연");
    public static final Plan NEXT = new Plan(5, "2027 회비", "FLAT_MONTHLY", 12_000L, null, null, true, LocalDate.of(2027, 1, 1), null, "박서연");

    private Dues() {
    }

    /** 김민준 (21, number 2): September to November billed, 15,000 paid: 15,000 owed, one month late. */
    public static DuesAccount owing() {
        return new DuesAccount(21, 2, "김민준", STANDARD, 30_000, 15_000, 15_000, 0, new Aging(10_000, 5_000, 0, 0), 1, false,
                List.of(new DuesAccount.Month("2026-11", 10_000, 0, 10_000, "FLAT_MONTHLY", null), new DuesAccount.Month("2026-10", 10_000, 5_000, 5_000, "FLAT_MONTHLY", null),
                        new DuesAccount.Month("2026-09", 10_000, 10_000, 0, "FLAT_MONTHLY", null)),
                List.of(new DuesAccount.Payment(9, 15_000, LocalDate.of(2026, 10, 3), "TRANSFER", "#2 김민준", "박서연")));
    }

    public static DuesAccount account(long id, long balance) {
        return new DuesAccount(id, 2, "김민준", STANDARD, 10_000, 10_000 - balance, balance, Math.max(0, -balance),
                new Aging(Math.max(0, balance), 0, 0, 0), 0, false, List.of(), List.of());
    }

    public static List<Arrears> arrears() {
        return List.of(new Arrears(23, 3, "최도윤", 70_000, new Aging(10_000, 10_000, 10_000, 40_000), 6, true),
                new Arrears(21, 2, "김민준", 15_000, new Aging(10_000, 5_000, 0, 0), 1, false));
    }

    public static List<Collection> collection() {
        return List.of(new Collection("2026-11", 7, 70_000, 35_000, 50.0), new Collection("2026-10", 7, 70_000, 63_000, 90.0));
    }
}
