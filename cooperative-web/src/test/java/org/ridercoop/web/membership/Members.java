package org.ridercoop.web.membership;

import java.time.LocalDate;
import java.util.List;
import org.ridercoop.web.membership.entity.DirectoryEntry;
import org.ridercoop.web.membership.entity.Member;
import org.ridercoop.web.membership.entity.MyMembership;
import org.ridercoop.web.membership.entity.StatusChange;

/** Members and cooperatives as the API would describe them, for the page tests. */
public final class Members {
    public static final LocalDate DAY = LocalDate.of(2026, 3, 5);
    public static final DirectoryEntry DAEGU = new DirectoryEntry(7, "대구라이더협동조합", "Daegu Rider Cooperative", "WORKER", 50_000);

    private Members() {
    }

    public static Member applicant(long id, String name, int shares) {
        return new Member(id, null, name, name + "@example.org", "010-1234-5678", "APPLICANT", shares, shares * 50_000L, 0L,
                false, DAY, null, null, 0L);
    }

    public static Member active(long id, int number, String name, int shares) {
        return new Member(id, number, name, name + "@example.org", null, "ACTIVE", shares, shares * 50_000L, 50_000L, false,
                DAY, DAY, null, 4L);
    }

    public static MyMembership mine(Member member) {
        return new MyMembership(DAEGU, member, List.of(new StatusChange(null, member.status(), DAY, null, member.name(), null)), null);
    }
}
