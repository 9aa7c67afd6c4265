package org.ridercoop.web.voting.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ridercoop.web.voting.Votes;

class BallotListTest {
    private final List<PublishedBallot> lines = Votes.chained("ABCDE-FGHJK-MNPQR-STUVW", "YES", "QWERT-YUPAS-DFGHJ-KLZXC", "NO",
            "MNBVC-XZLKJ-HGFDS-APYTR", "YES");

    @Test
    void theReceiptHashIsTheSha256OfTheReceiptAsTheApiGaveIt() {
        assertThat(BallotList.receiptHash("ABC")).isEqualTo("b5d4045c3f466fa91fe2cc6abe79232a1a57cdf104f7a26e716e0a1e2789df78");
        assertThat(BallotList.receiptHash("  abc \n")).as("trimmed and upper-cased").isEqualTo(BallotList.receiptHash("ABC"));
    }

    @Test
    void aReceiptIsFoundWithItsChoiceAndAnotherIsNot() {
        BallotList list = new BallotList(lines);
        assertThat(list.find("qwert-yupas-dfghj-klzxc ")).get().extracting(PublishedBallot::choice).isEqualTo("NO");
        assertThat(list.find("ABCDE-FGHJK-MNPQR-STUVW")).get().extracting(PublishedBallot::choice).isEqualTo("YES");
        assertThat(list.find("ABCDE-FGHJK-MNPQR-STUVX")).isEmpty();
        assertThat(list.find("  ")).isEmpty();
    }

    @Test
    void theListIsRecountedFromItsLines() {
        BallotList list = new BallotList(lines);
        assertThat(list.getYes()).isEqualTo(2);
        assertThat(list.getNo()).isEqualTo(1);
        assertThat(list.getAbstain()).isZero();
    }

    @Test
    void anElectionListIsRecountedPerCandidateAndItsChainCheckedLikeAnyOther() {
        BallotList list = new BallotList(Votes.chained("ABCDE-FGHJK-MNPQR-STUVW", "1+3", "QWERT-YUPAS-DFGHJ-KLZXC", "BLANK",
                "MNBVC-XZLKJ-HGFDS-APYTR", "3", "ZXCVB-NMASD-FGHJK-LQWER", "10+12"));
        assertThat(list.votesFor(1)).isEqualTo(1);
        assertThat(list.votesFor(3)).isEqualTo(2);
        assertThat(list.votesFor(2)).isZero();
        assertThat(list.votesFor(12)).as("12 is not 1 or 2").isEqualTo(1);
        assertThat(list.votesFor(10)).isEqualTo(1);
        assertThat(list.getBlank()).isEqualTo(1);
        assertThat(list.isIntact()).isTrue();
        assertThat(BallotList.numbers("1+3")).containsExactly(1, 3);
        assertThat(BallotList.numbers("YES")).isEmpty();
        assertThat(BallotList.numbers("BLANK")).isEmpty();
        assertThat(BallotList.numbers("1+")).isEmpty();
    }

    @Test
    void anIntactChainHoldsAndAChangedChoiceOrAMissingLineBreaksIt() {
        assertThat(new BallotList(lines).isIntact()).isTrue();
        assertThat(new BallotList(List.of()).isIntact()).as("an empty list").isTrue();
        assertThat(new BallotList(List.of()).head()).isEqualTo(BallotList.GENESIS);

        List<PublishedBallot> changed = new ArrayList<>(lines);
        PublishedBallot second = changed.get(1);
        changed.set(1, new PublishedBallot(second.receiptHash(), "YES".equals(second.choice()) ? "NO" : "YES",
                second.previousHash(), second.hash()));
        assertThat(new BallotList(changed).isIntact()).as("a choice changed after publication").isFalse();

        List<PublishedBallot> missing = new ArrayList<>(lines);
        missing.remove(1);
        assertThat(new BallotList(missing).isIntact()).as("a line taken out").isFalse();
    }

    @Test
    void aLongHashIsShortenedForAPhone() {
        assertThat(new PublishedBallot("3f9a1c0000000000000000000000000000000000000000000000000000ffe07b", "YES", null, null)
                .shortHash()).isEqualTo("3f9a1c…e07b");
    }
}
