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
import org.ridercoop.web.voting.entity.RollMember;
import org.ridercoop.web.voting.entity.RoomVote;
import org.ridercoop.web.voting.entity.VoteReceipt;
import org.ridercoop.web.voting.entity.VotingCommands;

class MeetingPageTest {
    private static final VoteReceipt RECEIPT = new VoteReceipt(11, "ABCDE-FGHJK-MNPQR-STUVW", "0f");
    private final List<Object[]> sent = new ArrayList<>();
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
                return args[4] instanceof VotingCommands.Vote ? RECEIPT : new RoomVote(12, 21, "박서연");
            }
            return current;
        };
        page.api = Fakes.of(VotingClient.class, Map.of(
                "meeting", args -> current,
                "members", args -> List.of(new RollMember(21, 2, "김민준"), new RollMember(20, 1, "박서연")),
                "results", args -> List.of(
                        new MotionResult(12, 2, "정관 변경", "SPECIAL", "two thirds", 7, 3, 0, 2, 1, 0, false, "NO_QUORUM", "ab", null),
                        new MotionResult(11, 1, "결산 승인", "ORDINARY", "more than half", 7, 5, 0, 4, 1, 0, true, "PASSED", "cd", null)),
                "proxies", args -> List.of(),
                "vote", send,
                "close", send,
                "roomVote", send));
        return page;
    }
}
