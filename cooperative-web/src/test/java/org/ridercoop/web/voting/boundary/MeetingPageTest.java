package org.ridercoop.web.voting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.coop.boundary.Access;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.voting.Votes;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.MotionResult;
import org.ridercoop.web.voting.entity.Proxy;
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.RoomVote;
import org.ridercoop.web.voting.entity.VoteReceipt;
import org.ridercoop.web.voting.entity.VotingCommands;

class MeetingPageTest {
    private static final VoteReceipt RECEIPT = new VoteReceipt(11, "ABCDE-FGHJK-MNPQR-STUVW", "0f");
    private final List<Object[]> sent = new ArrayList<>();
    private static final Meeting.Principal PRINCIPAL = new Meeting.Principal(20, 1, "박서연");
    private Meeting current = Votes.meeting(Meeting.VOTING, true, false);

    @Test
    void aVoteIsTwoTapsAndItsReceiptIsShownOnThisViewOnly() {
        MeetingPage page = page(false, null);
        page.load();
        assertThat(page.canVote(current.motions().getFirst())).isTrue();

        page.choose(11, "YES");
        assertThat(sent).as("a choice is not a vote yet").isEmpty();
        assertThat(page.isPending(11, "YES")).isTrue();
        page.changeChoice();
        page.choose(11, "NO");
        page.choose(11, "YES");

        current = Votes.meeting(Meeting.VOTING, true, true);
        page.confirm();
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst()[4]).isEqualTo(new VotingCommands.Vote("YES"));
        assertThat(page.receipt(11).receipt()).isEqualTo("ABCDE-FGHJK-MNPQR-STUVW");
        assertThat(page.receiptChoice(11)).isEqualTo("YES");
        assertThat(page.isPendingMotion(11)).isFalse();
        assertThat(page.getMeeting().motions().getFirst().isVoted()).as("the agenda is read again").isTrue();
        assertThat(page.canVote(page.getMeeting().motions().getFirst())).isFalse();

        page.confirm();
        assertThat(sent).as("a second tap on confirm sends nothing").hasSize(1);

        MeetingPage later = page(false, null);
        later.load();
        assertThat(later.receipt(11)).as("the API keeps only the hash: the receipt is not shown again").isNull();
        assertThat(later.getMeeting().motions().getFirst().isVoted()).isTrue();
    }

    @Test
    void refusalsOfAVoteAreToldInTheRidersLanguage() {
        for (var slug : List.of("already-voted", "voting-not-open", "voting-closed")) {
            MeetingPage page = page(false, new Problem("urn:ridercoop:problem:" + slug, null, slug.equals("already-voted") ? 409 : 422,
                    "x", null));
            page.load();
            page.choose(11, "ABSTAIN");
            page.confirm();
            assertThat(page.receipt(11)).isNull();
            assertThat(page.refusal(11).messageKey()).isEqualTo("problem." + slug);
        }
        MeetingPage notOnRoll = page(false, new Problem("urn:ridercoop:problem:forbidden", null, 403, "Not on the roll", null));
        notOnRoll.load();
        notOnRoll.choose(11, "NO");
        notOnRoll.confirm();
        assertThat(notOnRoll.refusal(11).messageKey()).isEqualTo("problem.not-on-roll");
    }

    @Test
    void whoDoesNotVoteIsToldWhy() {
        current = Votes.meeting(Meeting.VOTING, false, null);
        MeetingPage joinedLater = page(false, null);
        joinedLater.load();
        assertThat(joinedLater.canVote(current.motions().getFirst())).isFalse();
        assertThat(joinedLater.getNotEligibleReason()).isEqualTo("voting.noteligible.joined");

        current = Votes.meeting(Meeting.VOTING, null, null);
        MeetingPage consultant = page(false, null);
        consultant.load();
        assertThat(consultant.getNotEligibleReason()).isEqualTo("voting.noteligible.notmember");
    }

    @Test
    void theBoardClosesAfterAConfirmationAndEntersRoomVotes() {
        MeetingPage page = page(true, null);
        page.load();
        assertThat(page.getMembers()).extracting(RollMember::name).containsExactly("박서연", "김민준");
        page.askClose();
        assertThat(page.isConfirmingClose()).isTrue();
        page.cancelConfirm();
        assertThat(page.isConfirmingClose()).isFalse();
        assertThat(sent).isEmpty();
        page.askClose();
        assertThat(page.confirmClose()).isEqualTo("/meeting?faces-redirect=true&coop=7&id=3&done=close");
        assertThat(sent).hasSize(1);

        page.getRoomMember().put(12L, "21");
        page.getRoomChoice().put(12L, "NO");
        assertThat(page.roomVote(12)).isEqualTo("/meeting?faces-redirect=true&coop=7&id=3&done=room");
        assertThat(sent.get(1)[4]).isEqualTo(new VotingCommands.RoomVote(21L, "NO"));
    }

    @Test
    void afterTheCloseTheResultsAreShownByMotion() {
        current = Votes.meeting(Meeting.CLOSED, true, true);
        MeetingPage page = page(false, null);
        page.load();
        assertThat(page.result(12).outcome()).isEqualTo("NO_QUORUM");
        assertThat(page.result(11).outcome()).isEqualTo("PASSED");
        assertThat(page.getResults()).extracting(MotionResult::seq).containsExactly(1, 2);
    }

    @Test
    void anElectionBallotTakesUpToTheSeatsThenItsConfirmationAndShowsTheReceiptWithTheNames() {
        current = Votes.election(Meeting.VOTING, true, false);
        MeetingPage page = page(false, null);
        page.load();
        var motion = current.motions().getFirst();
        assertThat(page.canVote(motion)).isTrue();

        page.chooseCandidates(13);
        assertThat(page.refusal(13).messageKey()).as("nothing ticked is not a vote").isEqualTo("voting.election.none");
        page.ballot(13).getChecked().put(1, true);
        page.ballot(13).getChecked().put(2, true);
        page.ballot(13).getChecked().put(3, true);
        page.chooseCandidates(13);
        assertThat(page.refusal(13).messageKey()).as("three for two seats").isEqualTo("voting.election.toomany");
        assertThat(page.isPendingMotion(13)).isFalse();
        page.ballot(13).getChecked().put(2, false);
        page.chooseCandidates(13);
        assertThat(sent).as("a choice is not a vote yet").isEmpty();
        assertThat(page.refusal(13)).isNull();
        assertThat(page.isPendingMotion(13)).isTrue();
        assertThat(page.getPendingNames()).isEqualTo("1. 김민준 · 3. 이지은");

        current = Votes.election(Meeting.VOTING, true, true);
        page.confirm();
        assertThat(sent.getFirst()[4]).isEqualTo(new VotingCommands.Vote(null, List.of(1, 3), null));
        assertThat(page.receipt(13).receipt()).isEqualTo("ABCDE-FGHJK-MNPQR-STUVW");
        assertThat(page.receiptChoice(13)).isEqualTo("1+3");
        assertThat(page.candidateNames(motion, page.receiptChoice(13))).isEqualTo("1. 김민준 · 3. 이지은");
        assertThat(page.canVote(page.getMeeting().motions().getFirst())).isFalse();
    }

    @Test
    void aBlankBallotIsSentAsNoCandidates() {
        current = Votes.election(Meeting.VOTING, true, false);
        MeetingPage page = page(false, null);
        page.load();
        page.ballot(13).getChecked().put(2, true);
        page.chooseBlank(13);
        assertThat(page.isPendingBlank()).isTrue();
        page.confirm();
        assertThat(sent.getFirst()[4]).isEqualTo(new VotingCommands.Vote(null, List.of(), null));
        assertThat(page.receiptChoice(13)).isEqualTo("BLANK");

        page.chooseBlank(11);
        assertThat(page.isPendingMotion(11)).as("not an election").isFalse();
    }

    @Test
    void aMemberRegisteredAsAProxyVotesForTheMemberTheyRepresent() {
        current = Votes.meeting(Meeting.VOTING, true, false, List.of(PRINCIPAL));
        MeetingPage page = page(false, null);
        page.load();
        assertThat(page.getProxies()).as("a plain member does not read the proxies: the meeting names whom they represent").isEmpty();
        assertThat(page.getRepresented()).extracting(Meeting.Principal::name).containsExactly("박서연");
        page.voteFor(99L);
        assertThat(page.getVotingFor()).as("not someone they represent").isNull();
        page.voteFor(20L);
        assertThat(page.getVotingForMember().name()).isEqualTo("박서연");
        var voted = current.motions().getFirst();
        assertThat(page.canVote(voted)).isTrue();
        assertThat(page.showVoted(voted)).isFalse();

        page.choose(11, "NO");
        current = Votes.meeting(Meeting.VOTING, true, false, List.of(PRINCIPAL));
        page.confirm();
        assertThat(sent.getFirst()[4]).isEqualTo(new VotingCommands.Vote("NO", null, 20L));
        assertThat(page.receipt(11)).isNotNull();
        page.voteAsMyself();
        assertThat(page.receipt(11)).as("the principal's receipt is not the person's own").isNull();
        page.voteFor(20L);
        assertThat(page.receipt(11)).isNotNull();
    }

    @Test
    void nobodyIsRepresentedBeforeVotingOpensOrWhenTheMeetingSaysNone() {
        current = Votes.meeting(Meeting.UPCOMING, true, false, List.of(PRINCIPAL));
        MeetingPage before = page(false, null);
        before.load();
        assertThat(before.getRepresented()).isEmpty();
        current = Votes.meeting(Meeting.VOTING, true, false);
        MeetingPage none = page(false, null);
        none.load();
        assertThat(none.getRepresented()).isEmpty();
        none.voteFor(20L);
        assertThat(none.getVotingFor()).isNull();
    }

    @Test
    void aProxyWhoIsNoLongerRegisteredIsToldSo() {
        current = Votes.meeting(Meeting.VOTING, true, false, List.of(PRINCIPAL));
        MeetingPage page = page(false, new Problem("urn:ridercoop:problem:forbidden", null, 403, "not their proxy", null));
        page.load();
        page.voteFor(20L);
        page.choose(11, "YES");
        page.confirm();
        assertThat(page.refusal(11).messageKey()).isEqualTo("problem.not-their-proxy");
    }

    @Test
    void theBoardEntersAnElectionRoomVoteWithTheCandidatesOrAnExplicitBlank() {
        current = Votes.election(Meeting.VOTING, true, false);
        MeetingPage page = page(true, null);
        page.load();
        page.getRoomMember().put(13L, "26");
        assertThat(page.roomVote(13)).as("nothing ticked, not ticked blank either").isNull();
        assertThat(page.refusal(13).messageKey()).isEqualTo("voting.room.election.none");
        assertThat(sent).isEmpty();

        page.roomPicks(13).getChecked().put(2, true);
        page.getRoomByProxy().put(13L, true);
        assertThat(page.roomVote(13)).isEqualTo("/meeting?faces-redirect=true&coop=7&id=3&done=room");
        assertThat(sent.getFirst()[4]).isEqualTo(new VotingCommands.RoomVote(26L, null, List.of(2), true));

        page.roomPicks(13).setBlank(true);
        page.getRoomByProxy().put(13L, false);
        page.roomVote(13);
        assertThat(sent.get(1)[4]).isEqualTo(new VotingCommands.RoomVote(26L, null, List.of(), null));
    }

    @Test
    void afterTheCloseAnElectionShowsItsCountAndTheMinutesAreLinked() {
        current = Votes.election(Meeting.CLOSED, true, true);
        MeetingPage page = page(false, null);
        electionResult = true;
        page.load();
        assertThat(page.isMinutesReady()).isTrue();
        var result = page.result(13);
        assertThat(result.isElection()).isTrue();
        assertThat(result.election().candidates()).extracting(MotionResult.CandidateResult::elected).containsExactly(true, true, false);
        assertThat(result.election().isAnyByTieRule()).isTrue();
        assertThat(result.election().votesOf(3)).isEqualTo(2);
    }

    private boolean electionResult;

    private MeetingPage page(boolean manager, Problem refusal) {
        MeetingPage page = new MeetingPage();
        page.setCoopParam("7");
        page.setIdParam("3");
        page.calls = SignedIn.calls("token");
        page.access = Access.of(manager);
        Function<Object[], Object> send = args -> {
            sent.add(args);
            if (refusal != null) {
                throw new ApiProblem(refusal);
            }
            if (args.length > 4) {
                return args[4] instanceof VotingCommands.Vote ? RECEIPT : new RoomVote((long) args[3], 21, "박서연");
            }
            return current;
        };
        page.api = Fakes.of(VotingClient.class, Map.of(
                "meeting", args -> current,
                "members", args -> List.of(new RollMember(21, 2, "김민준"), new RollMember(20, 1, "박서연")),
                "results", args -> electionResult ? List.of(new MotionResult(13, 1, "이사 선출", "ORDINARY", "more than half", 7, 5, 0,
                        0, 0, 1, true, "PASSED", "ef", new MotionResult.ElectionResult("DIRECTOR", 2, "LOT", 1, List.of(
                                new MotionResult.CandidateResult(1, 21, 2, "김민준", 3, true, false),
                                new MotionResult.CandidateResult(3, 26, 6, "이지은", 2, true, true),
                                new MotionResult.CandidateResult(2, 22, 3, "최도윤", 2, false, false)), "lot drawn")))
                        : List.of(
                        new MotionResult(12, 2, "정관 변경", "SPECIAL", "two thirds", 7, 3, 0, 2, 1, 0, false, "NO_QUORUM", "ab", null),
                        new MotionResult(11, 1, "결산 승인", "ORDINARY", "more than half", 7, 5, 0, 4, 1, 0, true, "PASSED", "cd", null)),
                "proxies", args -> {
                    if (!manager) {
                        throw new AssertionError("the proxies are the board's to read");
                    }
                    return List.of(new Proxy(1, 20, 21L, null, null, "위임장 1", Votes.STARTS, "박서연"),
                        new Proxy(2, 26, null, "이지훈", "배우자", "위임장 2", Votes.STARTS, "박서연"));
                },
                "vote", send,
                "close", send,
                "roomVote", send));
        return page;
    }
}
