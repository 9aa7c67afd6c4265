package org.ridercoop.shifts.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ridercoop.platform.crypto.Sha256;
import org.ridercoop.platform.problem.ProblemException;

/**
 * The fair allocation of a sign-up window's requests. In rounds: in each round the riders go in order of the
 * minutes they hold in the week so far (fewest first; ties by a lot that anyone can redraw: SHA-256 of the published
 * seed, a colon and the member number), and each takes the best-ranked shift among their requests that still has an
 * open place and breaks none of the rules; a rider whose requests are all decided drops out. So riders with few
 * hours are served first, and nobody gets a second shift before everyone who asked got a first.
 */
public final class Allocation {
    public static final String RULE_EN = "In rounds: each round, riders go in order of the hours they already hold that week (fewest first; "
            + "ties by a published lot), and each gets their best-ranked requested shift that still has a place and breaks no rule.";
    public static final String RULE_KO = "라운드마다 그 주에 이미 배정된 시간이 적은 라이더부터(같으면 공개된 추첨값 순) 희망 순위가 가장 높은, "
            + "자리가 남아 있고 안전 규칙에 맞는 근무를 하나씩 배정합니다.";

    /** A rider who asked: their current places in the week's span (for the rules) and requested shift ids, best first. */
    public record Rider(long membershipId, int memberNumber, List<Interval> held, List<Long> requests) {
    }

    /** A requested shift: its time and its open places. */
    public record Slot(long shiftId, Interval interval, int open) {
    }

    /** What one request came to, and why. */
    public record Outcome(long membershipId, long shiftId, String outcome, String whyEn, String whyKo) {
    }

    private Allocation() {
    }

    /** The lot of a member in this draw: the lower, the earlier in a tie. */
    public static String lot(String seed, int memberNumber) {
        return Sha256.hex(seed + ":" + memberNumber);
    }

    public static List<Outcome> allocate(String seed, Collection<Rider> riders, Map<Long, Slot> slots, ShiftRules rules) {
        Map<Long, Integer> open = new HashMap<>();
        slots.forEach((id, slot) -> open.put(id, slot.open()));
        Map<Long, List<Interval>> held = new HashMap<>();
        Map<Long, Set<Long>> decided = new HashMap<>();
        riders.forEach(r -> {
            held.put(r.membershipId(), new ArrayList<>(r.held()));
            decided.put(r.membershipId(), new HashSet<>());
        });
        List<Outcome> outcomes = new ArrayList<>();
        List<Rider> waiting = new ArrayList<>(riders);
        for (int round = 1; !waiting.isEmpty(); round++) {
            Comparator<Rider> order = Comparator.comparingLong((Rider r) -> minutes(held.get(r.membershipId())))
                    .thenComparing(r -> lot(seed, r.memberNumber()));
            waiting.sort(order);
            List<Rider> next = new ArrayList<>();
            for (int position = 0; position < waiting.size(); position++) {
                Rider rider = waiting.get(position);
                long before = minutes(held.get(rider.membershipId()));
                String place = "round " + round + ", " + ordinal(position + 1) + " of " + waiting.size() + " in order (" + hours(before) + " held before)";
                String placeKo = round + "라운드, " + waiting.size() + "명 중 " + (position + 1) + "번째 순서 (이전 배정 " + hoursKo(before) + ")";
                List<String> passedEn = new ArrayList<>();
                List<String> passedKo = new ArrayList<>();
                for (int rank = 0; rank < rider.requests().size(); rank++) {
                    long shiftId = rider.requests().get(rank);
                    if (decided.get(rider.membershipId()).contains(shiftId) || !slots.containsKey(shiftId)) {
                        continue;
                    }
                    Slot slot = slots.get(shiftId);
                    if (open.get(shiftId) <= 0) {
                        decided.get(rider.membershipId()).add(shiftId);
                        outcomes.add(new Outcome(rider.membershipId(), shiftId, "FULL", place + ": choice " + (rank + 1) + " was full",
                                placeKo + ": " + (rank + 1) + "순위 근무는 자리가 찼습니다"));
                        passedEn.add("choice " + (rank + 1) + " was full");
                        passedKo.add((rank + 1) + "순위는 마감");
                        continue;
                    }
                    try {
                        rules.check("You", held.get(rider.membershipId()), slot.interval());
                    } catch (ProblemException e) {
                        decided.get(rider.membershipId()).add(shiftId);
                        outcomes.add(new Outcome(rider.membershipId(), shiftId, "RULE", place + ": choice " + (rank + 1) + " breaks a rule: "
                                + e.problem().detail(), placeKo + ": " + (rank + 1) + "순위 근무는 안전 규칙(" + e.problem().type() + ")에 걸립니다"));
                        passedEn.add("choice " + (rank + 1) + " broke a rule");
                        passedKo.add((rank + 1) + "순위는 규칙 위반");
                        continue;
                    }
                    open.merge(shiftId, -1, Integer::sum);
                    held.get(rider.membershipId()).add(slot.interval());
                    decided.get(rider.membershipId()).add(shiftId);
                    outcomes.add(new Outcome(rider.membershipId(), shiftId, "GRANTED",
                            place + ": choice " + (rank + 1) + " granted" + (passedEn.isEmpty() ? "" : " (" + String.join(", ", passedEn) + ")"),
                            placeKo + ": " + (rank + 1) + "순위 배정" + (passedKo.isEmpty() ? "" : " (" + String.join(", ", passedKo) + ")")));
                    break;
                }
                boolean more = rider.requests().stream().anyMatch(id -> slots.containsKey(id) && !decided.get(rider.membershipId()).contains(id));
                if (more) {
                    next.add(rider);
                }
            }
            waiting = next;
        }
        return outcomes;
    }

    private static long minutes(List<Interval> intervals) {
        return intervals.stream().mapToLong(Interval::minutes).sum();
    }

    private static String hours(long minutes) {
        return ShiftRules.hours(minutes);
    }

    private static String hoursKo(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + "시간" : minutes / 60 + "시간 " + minutes % 60 + "분";
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
