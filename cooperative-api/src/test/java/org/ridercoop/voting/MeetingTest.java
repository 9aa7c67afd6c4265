package org.ridercoop.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ridercoop.platform.problem.ProblemException;
import org.ridercoop.voting.control.Ballots;
import org.ridercoop.voting.entity.Meeting;
import org.ridercoop.voting.entity.MeetingKind;

/** A meeting's notice, window and seal, without a database. */
class MeetingTest {
    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Meeting assembly(Duration startsIn, Duration opensIn, Duration closesIn) {
        return new Meeting(1, MeetingKind.ORDINARY_GENERAL_ASSEMBLY, "정기총회", NOW.plus(startsIn), "사무실", NOW.plus(opensIn),
                NOW.plus(closesIn), 40, NOW, TODAY, "박서연");
    }

    private static String slug(Throwable e) {
        return ((ProblemException) e).problem().type();
    }

    @Test
    void anAssemblyNeedsSevenFullDaysOfNoticeABoardMeetingNone() {
        assertThatThrownBy(() -> assembly(Duration.ofDays(7).minusSeconds(1), Duration.ZERO, Duration.ofDays(8)))
                .satisfies(e -> assertThat(slug(e)).endsWith("notice-too-short"));
        assertThat(assembly(Duration.ofDays(7), Duration.ZERO, Duration.ofDays(8)).recordDate()).isEqualTo(TODAY);
        Meeting board = new Meeting(1, MeetingKind.BOARD_MEETING, "이사회", NOW.plusSeconds(60), "사무실", NOW, NOW.plusSeconds(3600), 40,
                NOW, TODAY, "박서연");
        assertThat(board.state(NOW)).isEqualTo(Meeting.State.VOTING);
        assertThatThrownBy(() -> new Meeting(1, MeetingKind.DELEGATES_ASSEMBLY, "대의원총회", NOW.plus(Duration.ofDays(8)), "강당", NOW,
                NOW.plus(Duration.ofDays(8)), 200, NOW, TODAY, "박서연")).satisfies(e -> assertThat(slug(e)).endsWith("delegates-assembly"));
    }

    @Test
    void votesOnlyInTheWindowAndResultsOnlyAfterIt() {
        Meeting meeting = assembly(Duration.ofDays(8), Duration.ofHours(1), Duration.ofDays(8));
        assertThatThrownBy(() -> meeting.requireVoting(NOW)).satisfies(e -> assertThat(slug(e)).endsWith("voting-not-open"));
        meeting.openNow(NOW);
        meeting.requireVoting(NOW);
        assertThatThrownBy(() -> meeting.requireClosed(NOW)).satisfies(e -> assertThat(slug(e)).endsWith("results-sealed"));
        Instant later = NOW.plusSeconds(600);
        meeting.closeNow(later);
        assertThatThrownBy(() -> meeting.requireVoting(later)).satisfies(e -> assertThat(slug(e)).endsWith("voting-closed"));
        meeting.requireClosed(later);
        assertThatThrownBy(() -> meeting.closeNow(later.plusSeconds(1))).satisfies(e -> assertThat(slug(e)).endsWith("voting-closed"));
    }

    @Test
    void theChainOfThePublishedListDependsOnEveryLine() {
        String a = Ballots.link(Ballots.GENESIS, Ballots.hash("AAAAA-BBBBB-CCCCC-DDDDD"), "YES");
        String b = Ballots.link(Ballots.GENESIS, Ballots.hash("AAAAA-BBBBB-CCCCC-DDDDD"), "NO");
        assertThat(a).hasSize(64).isNotEqualTo(b);
    }
}
