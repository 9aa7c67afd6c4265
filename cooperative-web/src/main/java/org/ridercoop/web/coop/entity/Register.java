package org.ridercoop.web.coop.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ridercoop.web.membership.entity.Member;

/**
 * The member register as the page shows it: the lines that match the search and the status chosen, in
 * member-number order (applicants, who have no number yet, last), and the totals of the members of today (active
 * or withdrawing) over the whole register, so that a search never changes the capital.
 */
public record Register(List<Member> lines, int members, long shares, long capitalWon, long paidInWon) {
    private static final Comparator<Member> BY_NUMBER = Comparator.comparing(Member::memberNumber,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public static Register of(List<Member> all, String query, long sharePriceWon) {
        return of(all, query, null, sharePriceWon);
    }

    /** {@code status} null or blank: every status. */
    public static Register of(List<Member> all, String query, String status, long sharePriceWon) {
        List<Member> current = all.stream().filter(Member::isOnRegister).toList();
        long shares = current.stream().mapToLong(Member::shares).sum();
        long paidIn = current.stream().mapToLong(m -> m.paidInWon() == null ? 0 : m.paidInWon()).sum();
        List<Member> lines = all.stream()
                .filter(m -> status == null || status.isBlank() || status.equals(m.status()))
                .filter(m -> matches(m, query)).sorted(BY_NUMBER).toList();
        return new Register(lines, current.size(), shares, Math.multiplyExact(shares, sharePriceWon), paidIn);
    }

    /**
     * A blank query matches everyone; otherwise part of the name or e-mail address (any case), or exactly the
     * member number.
     */
    static boolean matches(Member member, String query) {
        String q = normalize(query).toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        for (String text : new String[] {member.name(), member.email()}) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return member.memberNumber() != null && q.equals(String.valueOf(member.memberNumber()));
    }

    /** The query as searched: trimmed, and a leading "#" or "no." dropped from a number. */
    public static String normalize(String query) {
        if (query == null) {
            return "";
        }
        String q = query.strip();
        if (q.matches("(?i)(#|no\\.?\\s*)\\d+")) {
            q = q.replaceFirst("(?i)^(#|no\\.?\\s*)", "");
        }
        return q;
    }
}
