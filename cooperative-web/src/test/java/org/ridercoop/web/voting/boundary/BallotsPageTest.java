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
