package org.ridercoop.web.voting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.Fakes;
import org.ridercoop.web.platform.api.ApiProblem;
import org.ridercoop.web.platform.api.Problem;
import org.ridercoop.web.platform.api.SignedIn;
import org.ridercoop.web.voting.Votes;
import org.ridercoop.web.voting.control.VotingClient;
import org.ridercoop.web.voting.entity.BallotList;
import org.ridercoop.web.voting.entity.Meeting;
import org.ridercoop.web.voting.entity.MotionResult;
import org.ridercoop.web.voting.entity.PublishedBallot;

class BallotsPageTest {
    private final List<PublishedBallot> lines = Votes.chained("ABCDE-FGHJK-MNPQR-STUVW", "YES", "QWERT-YUPAS-DFGHJ-KLZXC", "NO");

    @Test
    void aRiderFindsTheirReceiptWithTheirChoiceAndAMistypedOneIsNotFound() {
        BallotsPage page = page(lines, new BallotList(lines).head(), 1);
        page.load();
        assertThat(page.isIntact()).isTrue();
        assertThat(page.isRecountAgrees()).isTrue();
        assertThat(page.getMotion().title()).isEqualTo("결산 승인");

        page.setReceipt(" abcde-fghjk-mnpqr-stuvw ");
        page.check();
        assertThat(page.isChecked()).isTrue();
        assertThat(page.getMine().choice()).isEqualTo("YES");

        page.setReceipt("ABCDE-FGHJK-MNPQR-STUVX");
        page.check();
        assertThat(page.isChecked()).isTrue();
        assertThat(page.getMine()).isNull();
    }

    @Test
    void aListThatEndsElsewhereThanTheSealedResultOrCountsDifferentlyIsFlagged() {
        BallotsPage page = page(lines, "f".repeat(64), 2);
        page.load();
        assertThat(page.isIntact()).as("the chain holds but ends elsewhere than the result says").isFalse();
        assertThat(page.isRecountAgrees()).isFalse();
    }

    @Test
    void beforeTheCloseTheListIsSealed() {
        BallotsPage page = new BallotsPage();
        page.setCoopParam("7");
        page.setMeetingParam("3");
        page.setMotionParam("11");
        page.calls = SignedIn.calls("token");
        page.api = Fakes.of(VotingClient.class, Map.of(
                "meeting", args -> Votes.meeting(Meeting.VOTING, true, true),
                "ballots", args -> {
                    throw new ApiProblem(new Problem("urn:ridercoop:problem:results-sealed", null, 409, "sealed", null));
                },
                "results", args -> {
                    throw new ApiProblem(new Problem("urn:ridercoop:problem:results-sealed", null, 409, "sealed", null));
                }));
        page.load();
        assertThat(page.isFound()).isFalse();
        assertThat(page.getLoadProblem().messageKey()).isEqualTo("problem.results-sealed");
    }

    @Test
    void anElectionsListIsRecountedPerCandidateAndBlankAndAReceiptShowsTheNamesChosen() {
        List<PublishedBallot> election = Votes.chained("ABCDE-FGHJK-MNPQR-STUVW", "1+3", "QWERT-YUPAS-DFGHJ-KLZXC", "3",
                "MNBVC-XZLKJ-HGFDS-APYTR", "BLANK");
        BallotsPage page = electionPage(election, 2);
        page.load();
        assertThat(page.isElection()).isTrue();
        assertThat(page.isIntact()).isTrue();
        assertThat(page.isRecountAgrees()).isTrue();
        assertThat(page.getRecount()).extracting(BallotsPage.Recounted::votes).containsExactly(1L, 0L, 2L);
        assertThat(page.getList().getBlank()).isEqualTo(1);
        page.setReceipt("abcde-fghjk-mnpqr-stuvw");
        page.check();
        assertThat(page.names(page.getMine().choice())).isEqualTo("1. 김민준 · 3. 이지은");

        BallotsPage differs = electionPage(election, 3);
        differs.load();
        assertThat(differs.isRecountAgrees()).as("the API says 3 votes for candidate 3, the list 2").isFalse();
    }

    private BallotsPage electionPage(List<PublishedBallot> list, long votesFor3) {
        BallotsPage page = new BallotsPage();
        page.setCoopParam("7");
        page.setMeetingParam("3");
        page.setMotionParam("13");
        page.calls = SignedIn.calls("token");
        page.api = Fakes.of(VotingClient.class, Map.of(
                "meeting", args -> Votes.election(Meeting.CLOSED, true, true),
                "ballots", args -> list,
                "results", args -> List.of(new MotionResult(13, 1, "이사 선출", "ORDINARY", "more than half", 7, 3, 0, 0, 0, 1,
                        false, "NO_QUORUM", new BallotList(list).head(), new MotionResult.ElectionResult("DIRECTOR", 2, "LOT", 1,
                        List.of(new MotionResult.CandidateResult(3, 26, 6, "이지은", votesFor3, true, false),
                                new MotionResult.CandidateResult(1, 21, 2, "김민준", 1, true, false),
                                new MotionResult.CandidateResult(2, 22, 3, "최도윤", 0, false, false)), null)))));
        return page;
    }

    private BallotsPage page(List<PublishedBallot> list, String head, long yes) {
        BallotsPage page = new BallotsPage();
        page.setCoopParam("7");
        page.setMeetingParam("3");
        page.setMotionParam("11");
        page.calls = SignedIn.calls("token");
        page.api = Fakes.of(VotingClient.class, Map.of(
                "meeting", args -> Votes.meeting(Meeting.CLOSED, true, true),
                "ballots", args -> list,
                "results", args -> List.of(new MotionResult(11, 1, "결산 승인", "ORDINARY", "more than half", 7, 2, 0, yes, 1, 0,
                        false, "NO_QUORUM", head, null))));
        return page;
    }
}
