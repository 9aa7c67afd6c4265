package org.ridercoop.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ridercoop.voting.entity.MeetingKind;
import org.ridercoop.voting.entity.ResolutionKind;
import org.ridercoop.voting.entity.Tally;
import org.ridercoop.voting.entity.Tally.Outcome;

/** Quorum and thresholds of DOMAIN.md at their edges. */
class TallyTest {

    @Test
    void exactlyHalfPresentIsNoQuorumOneMoreIs() {
        assertThat(new Tally(40, 20, 0, 20, 0, 0).decide(ResolutionKind.ORDINARY)).isEqualTo(Outcome.NO_QUORUM);
        assertThat(new Tally(40, 21, 0, 11, 10, 0).decide(ResolutionKind.ORDINARY)).isEqualTo(Outcome.PASSED);
        assertThat(new Tally(41, 20, 0, 20, 0, 0).quorate()).isFalse();
        assertThat(new Tally(41, 21, 0, 0, 0, 0).quorate()).isTrue();
    }

    @Test
    void proxiesCountAsPresent() {
        // 15 in person and 6 by proxy of 40: 21 present, a quorum
        Tally tally = new Tally(40, 15, 6, 14, 7, 0);
        assertThat(tally.present()).isEqualTo(21);
        assertThat(tally.quorate()).isTrue();
        assertThat(tally.decide(ResolutionKind.SPECIAL)).isEqualTo(Outcome.PASSED);
        assertThat(new Tally(40, 15, 0, 15, 0, 0).decide(ResolutionKind.ORDINARY)).isEqualTo(Outcome.NO_QUORUM);
    }

    @Test
    void anOrdinaryResolutionNeedsMoreThanHalfOfThosePresentAbstentionsIncluded() {
        assertThat(new Tally(30, 20, 0, 10, 10, 0).decide(ResolutionKind.ORDINARY)).isEqualTo(Outcome.FAILED);
        assertThat(new Tally(30, 20, 0, 11, 9, 0).decide(ResolutionKind.ORDINARY)).isEqualTo(Outcome.PASSED);
        // 10 yes, 5 no, 5 abstain: half of the 20 present is not a majority
        assertThat(new Tally(30, 20, 0, 10, 5, 5).decide(ResolutionKind.ORDINARY)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aSpecialResolutionPassesWithExactlyTwoThirdsAndFailsJustBelow() {
        assertThat(new Tally(30, 21, 0, 14, 7, 0).decide(ResolutionKind.SPECIAL)).isEqualTo(Outcome.PASSED);
        assertThat(new Tally(30, 21, 0, 13, 8, 0).decide(ResolutionKind.SPECIAL)).isEqualTo(Outcome.FAILED);
        // 20 present: two-thirds is 13.33, so 13 fail and 14 pass
        assertThat(new Tally(30, 20, 0, 13, 7, 0).decide(ResolutionKind.SPECIAL)).isEqualTo(Outcome.FAILED);
        assertThat(new Tally(30, 20, 0, 14, 6, 0).decide(ResolutionKind.SPECIAL)).isEqualTo(Outcome.PASSED);
        assertThat(ResolutionKind.SPECIAL.carriedBy(2_000_000_000L, 3_000_000_000L)).isTrue();
        assertThat(ResolutionKind.SPECIAL.carriedBy(1_999_999_999L, 3_000_000_000L)).isFalse();
    }

    @Test
    void countsThatCannotBeAreRefused() {
        assertThatThrownBy(() -> new Tally(10, 8, 3, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(10, 5, 0, 4, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally(10, -1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meetingsKnowTheirNoticeAndWhetherProxiesCount() {
        assertThat(MeetingKind.ORDINARY_GENERAL_ASSEMBLY.noticeDays()).isEqualTo(7);
        assertThat(MeetingKind.ORDINARY_GENERAL_ASSEMBLY.proxiesAllowed()).isTrue();
        assertThat(MeetingKind.DELEGATES_ASSEMBLY.proxiesAllowed()).isFalse();
        assertThat(MeetingKind.BOARD_MEETING.assembly()).isFalse();
    }
}
