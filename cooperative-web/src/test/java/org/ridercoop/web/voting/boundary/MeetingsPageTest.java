package org.ridercoop.web.voting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.voting.Votes;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.VotingCommands;

class MeetingsPageTest {
    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
    private final List<Object[]> sent = new ArrayList<>();

    @Test
    void theFormSendsKoreanTimesAsInstantsAndLeavesEmptyMotionsOut() {
        MeetingsPage page = page(true, null);
        page.load();
        assertThat(page.getMotions()).hasSize(3);
        page.setTitle(" 2026년 정기총회 ");
        page.setStartDate("2026-12-05");
        page.setStartTime("19:00");
        page.setPlace("조합 사무실");
        page.getMotions().get(0).setTitle("결산 승인");
        page.getMotions().get(2).setTitle("정관 변경");
        page.getMotions().get(2).setDetails("제31조");
        page.getMotions().get(2).setResolution("SPECIAL");

        assertThat(page.callMeeting()).isEqualTo("/meeting?faces-redirect=true&coop=7&id=3&done=called");
        VotingCommands.CallMeeting body = (VotingCommands.CallMeeting) sent.getFirst()[2];
        Instant start = Instant.parse("2026-12-05T10:00:00Z");
        assertThat(body).isEqualTo(new VotingCommands.CallMeeting("ORDINARY_GENERAL_ASSEMBLY", "2026년 정기총회", start,
                "조합 사무실", NOW, start, List.of(new VotingCommands.Item("결산 승인", null, "ORDINARY"),
                new VotingCommands.Item("정관 변경", "제31조", "SPECIAL"))));
    }

    @Test
    void aWindowTypedByTheBoardIsSentAsTypedAndABadTimeAsNothing() {
        MeetingsPage page = page(true, null);
        page.load();
        page.setStartDate("2026-12-05");
        page.setStartTime("25:00");
        page.setOpensDate("2026-12-01");
        page.setOpensTime("09:00");
        page.setClosesDate("2026-12-04");
        page.setClosesTime("18:00");
        VotingCommands.CallMeeting body = page.body();
        assertThat(body.startsAt()).as("left for the API to name").isNull();
        assertThat(body.votingOpensAt()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(body.votingClosesAt()).isEqualTo(Instant.parse("2026-12-04T09:00:00Z"));
        assertThat(body.motions()).isEmpty();
    }

    @Test
    void theNoticeRuleIsShownAndTheApisRefusalsAreTranslated() {
        MeetingsPage page = page(true, new Problem("urn:ridercoop:problem:notice-too-short", null, 422, "7 days", null));
        page.load();
        assertThat(page.getEarliestAssembly()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(page.callMeeting()).isNull();
        assertThat(page.getRefusal().messageKey()).isEqualTo("problem.notice-too-short");
        for (String slug : List.of("delegates-assembly", "voting-window")) {
            MeetingsPage other = page(true, new Problem("urn:ridercoop:problem:" + slug, null, 422, "x", null));
            other.load();
            other.callMeeting();
            assertThat(other.getRefusal().messageKey()).isEqualTo("problem." + slug);
        }
    }

    @Test
    void aMemberSeesTheMeetingsWithoutTheForm() {
        MeetingsPage page = page(false, null);
        page.load();
        assertThat(page.isManager()).isFalse();
        assertThat(page.getMeetings()).extracting(Meeting::title).containsExactly("2026년 정기총회");
    }

    private MeetingsPage page(boolean manager, Problem refusal) {
        MeetingsPage page = new MeetingsPage();
        page.setCoopParam("7");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        page.api = Fakes.of(VotingClient.class, Map.of(
                "meetings", args -> List.of(Votes.meeting(Meeting.VOTING, true, false)),
                "call", args -> {
                    sent.add(args);
                    if (refusal != null) {
                        throw new ApiProblem(refusal);
                    }
                    return Votes.meeting(Meeting.UPCOMING, null, null);
                }));
        return page;
    }
}
