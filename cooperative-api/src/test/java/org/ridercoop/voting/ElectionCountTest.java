package org.ridercoop.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.voting.entity.ElectionCount;
import org.ridercoop.voting.entity.TieRule;

class ElectionCountTest {
    private static final List<ElectionCount.Entry> FOUR = List.of(new ElectionCount.Entry(1, 7), new ElectionCount.Entry(2, 3),
            new ElectionCount.Entry(3, 12), new ElectionCount.Entry(4, 5));

    @Test
    void aBallotMarksDistinctCandidatesOfThisElectionUpToTheSeats() {
        Set<Integer> onBallot = Set.of(1, 2, 3, 4);
        assertThat(ElectionCount.choice(List.of(3, 1), 2, onBallot)).isEqualTo("1+3");
        assertThat(ElectionCount.choice(List.of(), 2, onBallot)).isEqualTo(ElectionCount.BLANK);
        assertThat(refusal(() -> ElectionCount.choice(List.of(1, 2, 3), 2, onBallot))).isEqualTo("candidates: at most 2 candidates may be marked");
        assertThat(refusal(() -> ElectionCount.choice(List.of(2, 2), 2, onBallot))).isEqualTo("candidates: candidate 2 is marked twice");
        assertThat(refusal(() -> ElectionCount.choice(List.of(5), 2, onBallot))).isEqualTo("candidates: candidate 5 is not on this ballot");
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            return e.problem().errors().get(0).field() + ": " + e.problem().errors().get(0).message();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void theMostVotedFillTheSeatsAndNobodyWithoutAVoteIsElected() {
        ElectionCount count = ElectionCount.of(FOUR, List.of("1+2", "1+3", "1", "BLANK"), 2, TieRule.LOT, "seed");
        assertThat(count.lines()).extracting(ElectionCount.Line::number).containsExactly(1, 2, 3, 4);
        assertThat(count.lines()).extracting(ElectionCount.Line::votes).containsExactly(3L, 1L, 1L, 0L);
        assertThat(count.blank()).isEqualTo(1);
        assertThat(count.lines().get(0).elected()).isTrue();
        assertThat(count.lines().stream().filter(ElectionCount.Line::elected)).hasSize(2);

        ElectionCount few = ElectionCount.of(FOUR, List.of("2", "BLANK"), 3, TieRule.LOT, "seed");
        assertThat(few.lines()).filteredOn(ElectionCount.Line::elected).extracting(ElectionCount.Line::number).containsExactly(2);
        assertThat(few.tieNote()).isNull();
        assertThat(ElectionCount.of(FOUR, List.of("BLANK"), 1, TieRule.LOT, "seed").anyElected()).isFalse();
    }

    @Test
    void seniorityGivesATiedLastSeatToTheLowestMemberNumber() {
        // 1 (member 7), 3 (member 12) and 4 (member 5) tie behind 2 for two seats: 2 outright, then member 5
        ElectionCount count = ElectionCount.of(FOUR, List.of("2+1", "2+3", "2+4", "1", "3", "4"), 2, TieRule.SENIORITY, "seed");
        assertThat(count.lines()).filteredOn(ElectionCount.Line::elected).extracting(ElectionCount.Line::number).containsExactlyInAnyOrder(2, 4);
        assertThat(count.lines()).filteredOn(ElectionCount.Line::byTieRule).extracting(ElectionCount.Line::number).containsExactly(4);
        assertThat(count.tieNote()).isEqualTo("Candidates 1, 3, 4 tied with 2 votes for 1 seat; by seniority: 4");
    }

    @Test
    void aLotIsDrawnFromTheSeedSoAnyoneDrawsTheSameAndAnotherListMayDrawOtherwise() {
        List<String> tie = List.of("1", "2", "3", "4");
        ElectionCount first = ElectionCount.of(FOUR, tie, 1, TieRule.LOT, "a".repeat(64));
        ElectionCount again = ElectionCount.of(FOUR, tie, 1, TieRule.LOT, "a".repeat(64));
        assertThat(again).isEqualTo(first);
        assertThat(first.lines()).filteredOn(ElectionCount.Line::elected).hasSize(1).allSatisfy(l -> assertThat(l.byTieRule()).isTrue());
        // the winner is the lowest SHA-256(seed:number), which the test recomputes
        int expected = java.util.stream.IntStream.rangeClosed(1, 4).boxed()
                .min(java.util.Comparator.comparing(n -> org.ridercoop.voting.control.Ballots.hash("a".repeat(64) + ":" + n))).orElseThrow();
        assertThat(first.lines()).filteredOn(ElectionCount.Line::elected).extracting(ElectionCount.Line::number).containsExactly(expected);
        // over many seeds every tied candidate wins sometimes: the lot is not a fixed order
        Set<Integer> winners = new java.util.HashSet<>();
        for (int seed = 0; seed < 64; seed++) {
            ElectionCount.of(FOUR, tie, 1, TieRule.LOT, Integer.toString(seed)).lines().stream().filter(ElectionCount.Line::elected)
                    .forEach(l -> winners.add(l.number()));
        }
        assertThat(winners).containsExactlyInAnyOrder(1, 2, 3, 4);
    }
}
