package org.ridercoop.web.coop.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The member register as the page shows it: the lines that match the search, in member-number order (applicants,
 * who have no number yet, last), and the totals of the whole register, so that a search never changes the capital.
 */
public record Register(List<Member> lines, int members, long shares, long capitalWon) {
    private static final Comparator<Member> BY_NUMBER = Comparator.comparing(Member::memberNumber,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public static Register of(List<Member> all, String query, long sharePriceWon) {
        long shares = all.stream().mapToLong(Member::shares).sum();
        List<Member> lines = all.stream().filter(m -> matches(m, query)).sorted(BY_NUMBER).toList();
        return new Register(lines, all.size(), shares, Math.multiplyExact(shares, sharePriceWon));
    }

    /** A blank query matches everyone; otherwise part of the name (any case) or exactly the member number. */
    static boolean matches(Member member, String query) {
        String q = normalize(query);
        if (q.isEmpty()) {
            return true;
        }
        if (member.name() != null && member.name().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT))) {
            return true;
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
