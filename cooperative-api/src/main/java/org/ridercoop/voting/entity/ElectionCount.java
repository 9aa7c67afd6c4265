package org.ridercoop.voting.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ridercoop.platform.crypto.Sha256;
import org.ridercoop.platform.problem.ProblemException;

/**
 * The count of an election from its published ballots: votes per candidate, who fills the seats, and how a tie for
 * the last seat was decided. A ballot's choice is the marked ballot numbers, ascending, joined by {@code +}, or
 * {@value #BLANK}. Only candidates with at least one vote can be elected.
 *
 * @param lines candidates by votes (most first), then ballot number
 * @param blank blank ballots (present, no candidate marked)
 * @param tieNote how a tie for the last seat was decided, or null when there was none
 */
public record ElectionCount(List<Line> lines, long blank, String tieNote) {
    public static final String BLANK = "BLANK";

    /** One candidate's count. */
    public record Line(int number, long votes, boolean elected, boolean byTieRule) {
    }

    /** A candidate as the count needs it. */
    public record Entry(int number, int memberNumber) {
    }

    /**
     * The canonical choice of a ballot that marks {@code numbers}: distinct ballot numbers of this election, at
     * most {@code seats} of them; none is a blank ballot.
     */
    public static String choice(Collection<Integer> numbers, int seats, Set<Integer> onBallot) {
        TreeSet<Integer> marked = new TreeSet<>();
        for (Integer number : numbers) {
            if (number == null || !onBallot.contains(number)) {
                throw ProblemException.invalidField("candidates", "candidate " + number + " is not on this ballot");
            }
            if (!marked.add(number)) {
                throw ProblemException.invalidField("candidates", "candidate " + number + " is marked twice");
            }
        }
        if (marked.size() > seats) {
            throw ProblemException.invalidField("candidates", "at most " + seats + " candidates may be marked");
        }
        return marked.isEmpty() ? BLANK : marked.stream().map(String::valueOf).collect(Collectors.joining("+"));
    }

    /**
     * Counts the published choices.
     *
     * @param seed the published ballot list's head: what a lot ({@link TieRule#LOT}) is drawn from
     */
    public static ElectionCount of(List<Entry> candidates, Collection<String> choices, int seats, TieRule rule, String seed) {
        Map<Integer, Long> votes = new HashMap<>();
        candidates.forEach(c -> votes.put(c.number(), 0L));
        long blank = 0;
        for (String choice : choices) {
            if (BLANK.equals(choice)) {
                blank++;
                continue;
            }
            for (String mark : choice.split("\\+")) {
                votes.merge(Integer.parseInt(mark), 1L, Long::sum);
            }
        }
        Comparator<Entry> byVotes = Comparator.comparingLong((Entry c) -> votes.get(c.number())).reversed();
        List<Entry> ranked = new ArrayList<>(candidates);
        ranked.sort(byVotes.thenComparingInt(Entry::number));
        List<Entry> voted = ranked.stream().filter(c -> votes.get(c.number()) > 0).toList();

        Set<Integer> elected = new java.util.HashSet<>();
        Set<Integer> byTie = new java.util.HashSet<>();
        String note = null;
        if (voted.size() <= seats) {
            voted.forEach(c -> elected.add(c.number()));
        } else {
            long last = votes.get(voted.get(seats - 1).number());
            voted.stream().filter(c -> votes.get(c.number()) > last).forEach(c -> elected.add(c.number()));
            List<Entry> tied = new ArrayList<>(voted.stream().filter(c -> votes.get(c.number()) == last).toList());
            int open = seats - elected.size();
            if (tied.size() > open) {
                tied.sort(rule == TieRule.SENIORITY ? Comparator.comparingInt(Entry::memberNumber)
                        : Comparator.comparing((Entry c) -> Sha256.hex(seed + ":" + c.number())));
                tied.subList(0, open).forEach(c -> {
                    elected.add(c.number());
                    byTie.add(c.number());
                });
                note = "Candidates " + tied.stream().map(c -> String.valueOf(c.number())).sorted().collect(Collectors.joining(", "))
                        + " tied with " + last + " votes for " + open + (open == 1 ? " seat" : " seats") + "; by "
                        + (rule == TieRule.SENIORITY ? "seniority" : "lot") + ": "
                        + tied.subList(0, open).stream().map(c -> String.valueOf(c.number())).collect(Collectors.joining(", "));
            } else {
                tied.forEach(c -> elected.add(c.number()));
            }
        }
        List<Line> lines = ranked.stream()
                .map(c -> new Line(c.number(), votes.get(c.number()), elected.contains(c.number()), byTie.contains(c.number()))).toList();
        return new ElectionCount(lines, blank, note);
    }

    public boolean anyElected() {
        return lines.stream().anyMatch(Line::elected);
    }

}
