package org.ridercoop.web.voting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.voting.Votes;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.Notice;

class NoticesPanelTest {
    private static final Instant AT = Instant.parse("2026-11-26T03:00:01Z");
    private final List<String> calls = new ArrayList<>();
    private List<Notice> current = List.of(
            notice(20, 1, "SENT", AT), notice(21, 2, "SENT", null), notice(22, 3, "FAILED", null),
            notice(23, 4, "FAILED", AT), notice(24, 5, "NO_ADDRESS", null), notice(26, 6, "QUEUED", AT));

    @Test
    void theBoardSeesHowManyNoticesWentOutFailedOrWereSeenInTheApp() {
        NoticesPanel panel = panel(null);
        panel.load(7, Votes.meeting(Meeting.VOTING, true, false), true);
        assertThat(panel.isShown()).isTrue();
        assertThat(calls).containsExactly("notices 7/3");
        assertThat(panel.getSent()).isEqualTo(2);
        assertThat(panel.getFailed()).isEqualTo(2);
        assertThat(panel.getNoAddress()).isEqualTo(1);
        assertThat(panel.getQueued()).isEqualTo(1);
        assertThat(panel.getSeen()).isEqualTo(3);
        assertThat(panel.getNotices()).hasSize(6);
    }

    @Test
    void resendingPutsTheFailedOnesBackInTheQueue() {
        NoticesPanel panel = panel(null);
        panel.load(7, Votes.meeting(Meeting.VOTING, true, false), true);
        current = current.stream().map(n -> n.isFailed() ? notice(n.membershipId(), n.memberNumber(), "QUEUED", n.seenInAppAt()) : n)
                .toList();
        panel.resendFailed();
        assertThat(calls).containsExactly("notices 7/3", "resend 7/3");
        assertThat(panel.isResent()).isTrue();
        assertThat(panel.getFailed()).isZero();
        assertThat(panel.getQueued()).isEqualTo(3);
        assertThat(panel.getProblem()).isNull();
    }

    @Test
    void aMemberSeesNoPanelAndARefusedResendIsShown() {
        NoticesPanel member = panel(null);
        member.load(7, Votes.meeting(Meeting.VOTING, true, false), false);
        assertThat(member.isShown()).isFalse();
        assertThat(calls).as("a member's page does not ask").isEmpty();

        NoticesPanel refused = panel(new Problem("urn:ridercoop:problem:meeting-closed", null, 409, "Voting has closed.", null));
        refused.load(7, Votes.meeting(Meeting.VOTING, true, false), true);
        refused.resendFailed();
        assertThat(refused.isResent()).isFalse();
        assertThat(refused.getProblem().messageKey()).isEqualTo("problem.rule");
        assertThat(refused.getProblem().detail()).isEqualTo("Voting has closed.");
        assertThat(refused.getFailed()).as("the list stays as it was").isEqualTo(2);
    }

    private static Notice notice(long membershipId, Integer number, String status, Instant seen) {
        return new Notice(membershipId, number, "조합원" + number, "m" + number + "@example.org", status,
                "SENT".equals(status) ? AT : null, "FAILED".equals(status) ? 3 : 1, "FAILED".equals(status) ? "550 no such user" : null,
                seen);
    }

    private NoticesPanel panel(Problem resendRefusal) {
        NoticesPanel panel = new NoticesPanel();
        panel.calls = SignedIn.calls("token");
        panel.api = Fakes.of(VotingClient.class, Map.of(
                "notices", args -> {
                    calls.add("notices " + args[1] + "/" + args[2]);
                    return current;
                },
                "resendNotices", args -> {
                    calls.add("resend " + args[1] + "/" + args[2]);
                    if (resendRefusal != null) {
                        throw new ApiProblem(resendRefusal);
                    }
                    return current;
                }));
        return panel;
    }
}
