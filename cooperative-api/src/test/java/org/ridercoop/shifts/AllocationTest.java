package org.ridercoop.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.platform.time.KoreanCalendar;
import org.ridercoop.shifts.entity.Allocation;
import org.ridercoop.shifts.entity.Interval;
import org.ridercoop.shifts.entity.ShiftRules;

class AllocationTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static Interval shift(int day, int from, int to) {
        Instant start = MONDAY.plusDays(day).atTime(from, 0).atZone(KoreanCalendar.ZONE).toInstant();
        return new Interval(start, start.plusSeconds((to - from) * 3600L));
    }

    private static Map<Long, Allocation.Slot> slots(Allocation.Slot... slots) {
        Map<Long, Allocation.Slot> map = new HashMap<>();
        for (Allocation.Slot slot : slots) {
            map.put(slot.shiftId(), slot);
        }
        return map;
    }

    @Test
    void theRiderWithFewerHoursChoosesFirstAndNobodyGetsASecondBeforeEveryoneGotAFirst() {
        // Friday evening is wanted by all three; two places. Ahn already holds 10 hours that week.
        Map<Long, Allocation.Slot> slots = slots(new Allocation.Slot(1, shift(4, 18, 22), 2), new Allocation.Slot(2, shift(5, 11, 14), 3));
        List<Allocation.Rider> riders = List.of(
                new Allocation.Rider(10, 1, List.of(shift(0, 10, 15), shift(1, 10, 15)), List.of(1L, 2L)),
                new Allocation.Rider(20, 2, List.of(), List.of(1L, 2L)),
                new Allocation.Rider(30, 3, List.of(shift(2, 10, 12)), List.of(1L)));
        List<Allocation.Outcome> outcomes = Allocation.allocate("seed", riders, slots, ShiftRules.DEFAULT);
        assertThat(outcome(outcomes, 20, 1)).isEqualTo("GRANTED");
        assertThat(outcome(outcomes, 30, 1)).isEqualTo("GRANTED");
        assertThat(outcome(outcomes, 10, 1)).isEqualTo("FULL");
        // the rider with 10 hours still gets their second choice in the first round; the rider with none gets it in the second
        assertThat(outcome(outcomes, 10, 2)).isEqualTo("GRANTED");
        assertThat(outcome(outcomes, 20, 2)).isEqualTo("GRANTED");
        Allocation.Outcome fewest = outcomes.stream().filter(o -> o.membershipId() == 20 && o.shiftId() == 1).findFirst().orElseThrow();
        assertThat(fewest.whyEn()).startsWith("round 1, 1st of 3 in order (0 h held before): choice 1 granted");
        assertThat(fewest.whyKo()).contains("1라운드", "3명 중 1번째");
        Allocation.Outcome full = outcomes.stream().filter(o -> o.membershipId() == 10 && o.shiftId() == 1).findFirst().orElseThrow();
        assertThat(full.whyEn()).contains("3rd of 3", "10 h held before", "choice 1 was full");
    }

    @Test
    void tiesAreBrokenByThePublishedLotAndARequestThatBreaksARuleSaysWhich() {
        Map<Long, Allocation.Slot> slots = slots(new Allocation.Slot(1, shift(4, 18, 22), 1), new Allocation.Slot(2, shift(4, 20, 23), 1));
        List<Allocation.Rider> riders = List.of(new Allocation.Rider(10, 7, List.of(), List.of(1L, 2L)), new Allocation.Rider(20, 9, List.of(), List.of(1L)));
        for (String seed : List.of("a", "b", "c", "d", "e", "f")) {
            List<Allocation.Outcome> outcomes = Allocation.allocate(seed, riders, slots, ShiftRules.DEFAULT);
            boolean sevenFirst = Allocation.lot(seed, 7).compareTo(Allocation.lot(seed, 9)) < 0;
            assertThat(outcome(outcomes, sevenFirst ? 10 : 20, 1)).isEqualTo("GRANTED");
            if (sevenFirst) {
                // the second choice overlaps the first one granted
                assertThat(outcome(outcomes, 10, 2)).isEqualTo("RULE");
                assertThat(outcomes.stream().filter(o -> o.membershipId() == 10 && o.shiftId() == 2).findFirst().orElseThrow().whyEn())
                        .contains("two shifts at once");
            } else {
                assertThat(outcome(outcomes, 10, 2)).isEqualTo("GRANTED");
            }
        }
    }

    private static String outcome(List<Allocation.Outcome> outcomes, long member, long shift) {
        return outcomes.stream().filter(o -> o.membershipId() == member && o.shiftId() == shift).map(Allocation.Outcome::outcome).findFirst()
                .orElse(null);
    }
}
