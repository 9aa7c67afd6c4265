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
import org.ridercoop.web.voting.entity.PendingCase;
import org.ridercoop.web.voting.entity.RollMember;
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

    @Test
    void anElectionAndAnExpulsionAreSentWithTheirOwnFieldsAndTheOthersLeftOut() {
        MeetingsPage page = page(true, null);
        page.load();
        assertThat(page.getMembers()).extracting(RollMember::name).containsExactly("박서연", "김민준", "이지은");
        assertThat(page.getPendingCases()).extracting(PendingCase::id).containsExactly(5L);
        assertThat(page.getPendingCases().getFirst().ground()).isEqualTo("NON_USE");
        page.setStartDate("2026-12-05");
        MeetingsPage.MotionRow election = page.getMotions().get(0);
        election.setKind("ELECTION");
        election.setTitle("이사 선출");
        election.setResolution("SPECIAL");
        election.setOffice("DIRECTOR");
        election.setSeats(" 2 ");
        election.setTieRule("SENIORITY");
        election.getCandidates().put(26L, true);
        election.getCandidates().put(21L, true);
        election.getCandidates().put(20L, false);
        MeetingsPage.MotionRow expulsion = page.getMotions().get(2);
        expulsion.setKind("EXPULSION");
        expulsion.setTitle("조합원 제명");
        expulsion.setResolution("ORDINARY");
        expulsion.setExpulsionCase("5");

        assertThat(page.body().motions()).containsExactly(
                new VotingCommands.Item("이사 선출", null, "ORDINARY", null,
                        new VotingCommands.NewElection("DIRECTOR", 2, "SENIORITY", List.of(21L, 26L))),
                new VotingCommands.Item("조합원 제명", null, "SPECIAL", 5L, null));
    }

    @Test
    void theApisFieldErrorsOfAMotionAreShownInItsOwnRowOfTheForm() {
        MeetingsPage page = page(true, new Problem("urn:ridercoop:problem:invalid", null, 400, "invalid", List.of(
                new Problem.FieldError("motions[1].election.seats", "1 to 20"),
                new Problem.FieldError("motions[1].election.candidateMembershipIds", "1 to 50 distinct active members"),
                new Problem.FieldError("motions[0].title", "is required"))));
        page.load();
        page.addMotion();
        assertThat(page.getMotions()).hasSize(4);
        page.getMotions().get(0).setDetails("제목 없는 안건");
        page.getMotions().get(3).setKind("ELECTION");
        page.getMotions().get(3).setTitle("감사 선출");
        page.getMotions().get(3).setSeats("0");
        page.getMotions().get(2).setKind("ELECTION");
        assertThat(page.callMeeting()).isNull();
        VotingCommands.CallMeeting body = (VotingCommands.CallMeeting) sent.getFirst()[2];
        assertThat(body.motions()).as("an election row with nothing in it is left out").hasSize(2);
        assertThat(body.motions().get(1).election().seats()).isZero();
        assertThat(page.rowError(0, "title")).isEqualTo("is required");
        assertThat(page.rowError(3, "title")).isNull();
        assertThat(page.electionError(3)).isEqualTo("candidateMembershipIds: 1 to 50 distinct active members; seats: 1 to 20");
        assertThat(page.electionError(2)).isNull();
    }

    @Test
    void aDelegatesAssemblyWithTooFewDelegatesIsRefusedInWordsAboveTheForm() {
        MeetingsPage page = page(true, new Problem("urn:ridercoop:problem:delegates-too-few", null, 422,
                "A delegates' assembly needs at least 22 delegates in office; there are 2.", null));
        page.load();
        page.setKind("DELEGATES_ASSEMBLY");
        page.setTitle("2026년 대의원총회");
        page.setStartDate("2026-12-05");
        page.setPlace("대구 북구 조합 사무실");
        assertThat(page.callMeeting()).isNull();
        assertThat(((VotingCommands.CallMeeting) sent.getFirst()[2]).kind()).isEqualTo("DELEGATES_ASSEMBLY");
        assertThat(page.getRefusal().messageKey()).isEqualTo("problem.delegates-too-few");
        assertThat(page.getKind()).as("the kind stays chosen, so the delegates' rule shows by it").isEqualTo("DELEGATES_ASSEMBLY");
    }

    private MeetingsPage page(boolean manager, Problem refusal) {
        MeetingsPage page = new MeetingsPage();
        page.setCoopParam("7");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        page.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        page.api = Fakes.of(VotingClient.class, Map.of(
                "meetings", args -> List.of(Votes.meeting(Meeting.VOTING, true, false)),
                "members", args -> List.of(new RollMember(26, 6, "이지은"), new RollMember(20, 1, "박서연"), new RollMember(21, 2, "김민준")),
                "expulsionCases", args -> {
                    assertThat(args[2]).as("the pending cases, in one call").isEqualTo("PENDING");
                    return List.of(new PendingCase(26, 6, "이지은", new PendingCase.Case(5, "NON_USE", "6개월 이용 없음",
                            LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 5), "PENDING")));
                },
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
